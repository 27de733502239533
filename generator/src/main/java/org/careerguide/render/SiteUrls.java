package org.careerguide.render;

/**
 * Site paths and the relative links between pages. A site path has no leading slash and names a
 * folder with a trailing slash ({@code roles/cloud-architect/}); links to folders get an explicit
 * {@code index.html} so that they also work when the site is opened from the file system.
 */
public final class SiteUrls {

    /** The folders of the four kinds of term page. */
    public static final String SKILLS = "skills";
    public static final String EMPLOYERS = "employers";
    public static final String SECTORS = "sectors";
    public static final String FAMILIES = "families";

    private SiteUrls() {
    }

    /** The way from a page's output file to the site root: "" for index.html, "../../" for roles/x/index.html. */
    public static String rootOf(String outputPath) {
        int depth = (int) outputPath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** A link from a page (given its root) to a site path, keeping any query or #fragment. */
    public static String relative(String root, String sitePath) {
        int cut = indexOfAny(sitePath, '?', '#');
        String path = cut < 0 ? sitePath : sitePath.substring(0, cut);
        String rest = cut < 0 ? "" : sitePath.substring(cut);
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        return root + path + rest;
    }

    /**
     * The shortest link from a page in folder {@code fromDir} (a site path such as
     * {@code roles/cloud-architect/}) to another site path: {@code ../principal-architect/index.html}.
     */
    public static String between(String fromDir, String sitePath) {
        // Walked in place rather than split into arrays: a map page links to dozens of roles.
        int fromEnd = fromDir.length();
        while (fromEnd > 0 && fromDir.charAt(fromEnd - 1) == '/') {
            fromEnd--; // empty folder names at the end are no folders
        }
        int fromFolders = 0;
        for (int i = 0; i < fromEnd; i++) {
            fromFolders += fromDir.charAt(i) == '/' ? 1 : 0;
        }
        fromFolders += fromEnd > 0 ? 1 : 0;
        // The leading folders both share are skipped; each other folder of fromDir is one "../".
        int common = 0;
        int fromStart = 0;
        int toStart = 0;
        while (common < fromFolders) {
            int fromSlash = fromDir.indexOf('/', fromStart);
            int fromName = (fromSlash < 0 || fromSlash > fromEnd ? fromEnd : fromSlash) - fromStart;
            int toSlash = sitePath.indexOf('/', toStart);
            if (toSlash < 0 || toSlash - toStart != fromName
                    || !fromDir.regionMatches(fromStart, sitePath, toStart, fromName)) {
                break; // the last name of sitePath is a file or nothing: never skipped
            }
            common++;
            fromStart += fromName + 1;
            toStart = toSlash + 1;
        }
        return relative("../".repeat(fromFolders - common), sitePath.substring(toStart));
    }

    /** The site path of an output file: {@code roles/x/index.html} is {@code roles/x/}, the inverse of {@link #outputPath}. */
    public static String sitePathOf(String outputPath) {
        return outputPath.endsWith("index.html")
                ? outputPath.substring(0, outputPath.length() - "index.html".length()) : outputPath;
    }

    /** The output file of a site path: {@code roles/x/} is written to {@code roles/x/index.html}. */
    public static String outputPath(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }

    /** The site path of a role's page: {@code roles/<slug>/}. */
    public static String role(String slug) {
        return "roles/" + slug + "/";
    }

    /** The site path of a term's page, e.g. {@code skills/systems-design/} for kind {@code skills}. */
    public static String term(String kind, String slug) {
        return kind + "/" + slug + "/";
    }

    /** An absolute URL from the site's base URL and a site path. */
    public static String absolute(String baseUrl, String sitePath) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + sitePath;
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        if (first < 0) {
            return second;
        }
        return second < 0 ? first : Math.min(first, second);
    }
}
