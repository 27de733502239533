package org.careerguide.theme;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerguide.model.Problems;
import org.careerguide.model.Text;
import org.careerguide.model.ThemeManifest;

/**
 * The files a theme chain publishes. Everything below {@code static/assets/} gets a fingerprint in
 * its name ({@code assets/favicon.3f2a9c81d0.svg}), so a host may cache it forever: a changed file
 * gets a new name. The stylesheets named in the chain's {@code theme.yaml} files are joined, root
 * theme first, into one minified {@code assets/careerguide.<hash>.css}; the print stylesheets
 * likewise into {@code assets/careerguide-print.<hash>.css} and the scripts into
 * {@code assets/careerguide.<hash>.js}. Templates find the published names through the
 * {@code assets} variable, by the name without a fingerprint ({@code assets["careerguide.css"]}).
 *
 * @param files     what is written, by output path
 * @param published the output path of each asset by its plain name below {@code assets/}
 */
record ThemeAssets(Map<String, byte[]> files, Map<String, String> published) {

    static final String FOLDER = "assets/";
    static final String STYLESHEET = "careerguide.css";
    static final String PRINT_STYLESHEET = "careerguide-print.css";
    static final String SCRIPT = "careerguide.js";
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");

    ThemeAssets {
        files = Map.copyOf(files);
        published = Map.copyOf(published);
    }

    /**
     * The assets of {@code chain}, with {@code sources} (every static file of the chain, later themes
     * overriding earlier ones, by path below {@code static/}); empty after reporting a stylesheet or
     * script that no theme of the chain has.
     */
    static Optional<ThemeAssets> of(ThemeChain chain, Map<String, byte[]> sources, Problems problems) {
        Set<String> stylesheets = new LinkedHashSet<>();
        Set<String> printStylesheets = new LinkedHashSet<>();
        Set<String> scripts = new LinkedHashSet<>();
        boolean complete = true;
        for (int i : chain.rootFirst()) {
            ThemeManifest manifest = chain.manifests().get(i);
            complete &= collect(manifest.stylesheets(), sources, stylesheets, problems, "stylesheet");
            complete &= collect(manifest.printStylesheets(), sources, printStylesheets, problems, "print stylesheet");
            complete &= collect(manifest.scripts(), sources, scripts, problems, "script");
        }
        if (!complete) {
            return Optional.empty();
        }
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> published = new TreeMap<>();
        sources.forEach((path, bytes) -> {
            if (stylesheets.contains(path) || printStylesheets.contains(path) || scripts.contains(path)) {
                return;
            }
            byte[] content = path.endsWith(".css") ? minified(bytes) : bytes;
            if (path.startsWith(FOLDER)) {
                String output = fingerprinted(path, content);
                files.put(output, content);
                published.put(path.substring(FOLDER.length()), output);
            } else {
                files.put(path, content);
            }
        });
        publish(STYLESHEET, stylesheets.isEmpty() ? null : cssBundle(stylesheets, sources, published), files, published);
        publish(PRINT_STYLESHEET, printStylesheets.isEmpty() ? null : cssBundle(printStylesheets, sources, published),
                files, published);
        ByteArrayOutputStream js = new ByteArrayOutputStream();
        scripts.forEach(path -> js.writeBytes((new String(sources.get(path), StandardCharsets.UTF_8).strip()
                + "\n").getBytes(StandardCharsets.UTF_8)));
        publish(SCRIPT, scripts.isEmpty() ? null : js.toByteArray(), files, published);
        return Optional.of(new ThemeAssets(files, published));
    }

    private static void publish(String name, byte[] bundle, Map<String, byte[]> files, Map<String, String> published) {
        if (bundle != null) {
            String output = fingerprinted(FOLDER + name, bundle);
            files.put(output, bundle);
            published.put(name, output);
        }
    }

    private static boolean collect(Iterable<Text> named, Map<String, byte[]> sources, Set<String> into,
                                   Problems problems, String what) {
        boolean found = true;
        for (Text path : named) {
            if (sources.containsKey(path.value())) {
                into.add(path.value());
            } else {
                problems.error(path.position(), what + " '" + path.value() + "' not found in static/ of this theme"
                        + " or the themes it extends");
                found = false;
            }
        }
        return found;
    }

    /**
     * The stylesheets joined and minified; a {@code url()} leading to another asset of the theme is
     * rewritten to its fingerprinted name (the bundle lives in {@code assets/}, as the sources should).
     */
    private static byte[] cssBundle(Set<String> stylesheets, Map<String, byte[]> sources,
                                    Map<String, String> published) {
        StringBuilder css = new StringBuilder();
        for (String path : stylesheets) {
            String text = new String(sources.get(path), StandardCharsets.UTF_8);
            Matcher url = CSS_URL.matcher(text);
            StringBuilder rewritten = new StringBuilder();
            while (url.find()) {
                String target = url.group(2).strip();
                String output = target.contains(":") || target.startsWith("/") ? null : published.get(target);
                url.appendReplacement(rewritten, Matcher.quoteReplacement(output == null ? url.group()
                        : "url(" + output.substring(FOLDER.length()) + ")"));
            }
            url.appendTail(rewritten);
            css.append(rewritten).append('\n');
        }
        return CssMinifier.minify(css.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] minified(byte[] css) {
        return CssMinifier.minify(new String(css, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code assets/favicon.svg} with content c is published as {@code assets/favicon.<first 10 hex of sha-256(c)>.svg}. */
    static String fingerprinted(String path, byte[] content) {
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) + "." + hash + path.substring(dot) : path + "." + hash;
    }
}
