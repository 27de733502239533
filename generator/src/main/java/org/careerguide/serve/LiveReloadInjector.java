package org.careerguide.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.careerguide.bundled.BundledText;

/**
 * Adds the live-reload script (and, while the latest rebuild is broken, the error overlay) to an
 * HTML page as the preview server sends it. Only served pages get them: the built site never does.
 * Their markup lives in resource files beside this class's package, not in Java strings.
 */
final class LiveReloadInjector {

    private static final String SCRIPT = BundledText.read("/careerguide/serve/live-reload.html");
    private static final String OVERLAY = BundledText.read("/careerguide/serve/error-overlay.html");

    byte[] inject(byte[] page, PreviewState state) {
        String html = new String(page, StandardCharsets.UTF_8);
        StringBuilder added = new StringBuilder();
        if (state.broken()) {
            String items = state.errors().stream()
                    .map(problem -> "<li>" + escape(problem.toString()) + "</li>")
                    .collect(Collectors.joining());
            added.append(OVERLAY.replace("{{problems}}", items));
        }
        added.append(SCRIPT.replace("{{generation}}", Long.toString(state.generation())));
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String result = body < 0 ? html + added : html.substring(0, body) + added + html.substring(body);
        return result.getBytes(StandardCharsets.UTF_8);
    }


    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
