package org.careerguide.theme;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;

/**
 * Reads the labels of a theme chain for a language. Each theme may have
 * {@code messages/messages_<lang>.properties} (UTF-8); the guide project may override single
 * labels in its own {@code messages/messages_<lang>.properties}. The language is chosen by
 * fallback, most specific first: {@code de-AT}, then {@code de}, then {@code en}; the first that
 * any theme of the chain (or the project) has a bundle for is used, a regional bundle
 * ({@code de_AT}) adding to its language's ({@code de}). Labels are never mixed with another
 * language's: a key the chosen language lacks is an error when a template asks for it.
 */
final class LabelBundles {

    static final String FOLDER = "messages";
    static final String FALLBACK = "en";

    private LabelBundles() {
    }

    /** The labels for {@code language}, or empty after reporting an unreadable bundle. */
    static Optional<Labels> load(ThemeChain chain, Path projectDir, String language, Problems problems)
            throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        for (List<String> candidate : candidates(locale)) {
            Map<String, String> texts = new HashMap<>();
            boolean found = false;
            for (String tag : candidate) {
                String file = FOLDER + "/messages_" + tag + ".properties";
                for (int i : chain.rootFirst()) {
                    ThemeFolder folder = chain.folders().get(i);
                    Optional<String> text = folder.file(file);
                    if (text.isPresent()) {
                        found = true;
                        texts.putAll(read(text.get()));
                    }
                }
                Path project = projectDir.resolve(file);
                if (Files.isRegularFile(project, LinkOption.NOFOLLOW_LINKS)) {
                    found = true;
                    texts.putAll(read(Files.readString(project, StandardCharsets.UTF_8)));
                }
            }
            if (found) {
                String chosen = candidate.get(candidate.size() - 1).replace('_', '-');
                List<String> missing = Labels.USED_BY_GENERATOR.stream().filter(key -> !texts.containsKey(key)).toList();
                if (!missing.isEmpty()) {
                    problems.error(SourcePosition.ofFile(chain.folders().get(0).display(FOLDER)), "missing label"
                            + (missing.size() == 1 ? " '" : "s '") + String.join("', '", missing) + "' for language '"
                            + chosen + "' (the generator writes them on pages): add "
                            + (missing.size() == 1 ? "it" : "them") + " to messages_" + candidate.get(candidate.size() - 1)
                            + ".properties of the theme or the project");
                    return Optional.empty();
                }
                return Optional.of(new Labels(chosen, Locale.forLanguageTag(chosen), texts));
            }
        }
        problems.error(SourcePosition.ofFile(chain.folders().get(0).display(FOLDER)),
                "no labels for language '" + language + "' nor '" + FALLBACK + "' in the theme");
        return Optional.empty();
    }

    /** The default theme's English labels (for planning pages without a loaded theme, as some tests do). */
    static Labels embeddedEnglish() {
        Map<String, String> texts = new HashMap<>();
        try (java.io.InputStream in = EmbeddedTheme.open(ThemeChain.DEFAULT, FOLDER + "/messages_" + FALLBACK + ".properties")) {
            texts.putAll(read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the default theme is part of the jar", e);
        }
        return new Labels(FALLBACK, Locale.ENGLISH, texts);
    }

    /** {@code de-AT}: [[de, de_AT], [de], [en]]: each candidate's bundles, general first. */
    static List<List<String>> candidates(Locale locale) {
        List<List<String>> candidates = new ArrayList<>();
        String lang = locale.getLanguage();
        if (!locale.getCountry().isEmpty()) {
            candidates.add(List.of(lang, lang + "_" + locale.getCountry()));
        }
        if (!lang.isEmpty()) {
            candidates.add(List.of(lang));
        }
        if (!lang.equals(FALLBACK)) {
            candidates.add(List.of(FALLBACK));
        }
        return candidates;
    }

    private static Map<String, String> read(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }
}
