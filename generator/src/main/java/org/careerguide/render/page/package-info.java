/**
 * The data templates get, one record per page kind and per part of a page, each documented by its
 * Javadoc: a record's component names are the keys a template uses ({@code role.title}), and are a
 * public contract for theme designers (themes/README.md). Components that a page may lack are null
 * (templates test them with {@code ??}); lists are never null. Every page has the {@link
 * org.careerguide.render.page.Frame}'s keys at its root, next to its kind's own.
 *
 * <p>Each record is a Freemarker hash of its own ({@link org.careerguide.render.page.TemplateData}): templates
 * read it without reflection, so the package needs to be neither exported nor opened.
 */
package org.careerguide.render.page;
