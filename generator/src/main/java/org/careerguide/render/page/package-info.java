/**
 * The data templates get, one record per page kind and per part of a page, each documented by its
 * Javadoc: a record's component names are the keys a template uses ({@code role.title}), and are a
 * public contract for theme designers (themes/README.md). Components that a page may lack are null
 * (templates test them with {@code ??}); lists are never null. Every page has the {@link
 * org.careerguide.render.page.Frame}'s keys at its root, next to its kind's own.
 *
 * <p>The package is open to Freemarker, which reads record components as {@code obj.name}.
 */
package org.careerguide.render.page;
