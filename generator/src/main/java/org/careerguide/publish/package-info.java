/** The files that make a published guide findable: sitemap, feed, robots.txt, the JSON data API and the search index. */
package org.careerguide.publish;
