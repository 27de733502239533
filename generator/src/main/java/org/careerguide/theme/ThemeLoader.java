package org.careerguide.theme;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerguide.load.ProjectFiles;
import org.careerguide.model.Problems;
import org.careerguide.model.Site;
import org.careerguide.model.SourcePosition;

/**
 * Finds the templates and assets of a guide project's theme. Lookup order, first match wins: the
 * project's {@code templates/} (single overrides), then the site's theme and each theme it extends
 * ({@link ThemeChain}), ending with the shipped default. Static files merge the other way round:
 * the default's first, each theme replacing files of the same path, then the project's
 * {@code static/assets/} replacing theme assets of the same path (so a guide can restyle a theme
 * without a theme of its own). See {@code themes/README.md}.
 */
public final class ThemeLoader {

    public static final String TEMPLATES = "templates";
    public static final String THEMES = "themes";
    /** The project's own labels, overriding single labels of the theme: {@code messages/messages_<lang>.properties}. */
    public static final String MESSAGES = LabelBundles.FOLDER;
    private static final String STATIC = "static";

    /**
     * Every file of the themes embedded in the jar, by path: project templates and site themes
     * are files an incremental build reads itself, the embedded theme is read here.
     */
    public static Map<String, byte[]> embeddedFiles() {
        return EmbeddedTheme.allFiles();
    }

    /** The theme for {@code site}, or empty after reporting why it cannot be used. */
    public Optional<Theme> load(ProjectFiles files, Site site, Problems problems) throws IOException {
        return load(files, site, SourcePosition.ofFile(files.display(files.projectDir().resolve("site.yaml"))),
                problems);
    }

    /** As {@link #load(ProjectFiles, Site, Problems)}, naming {@code requestedAt} when the theme is not found. */
    public Optional<Theme> load(ProjectFiles files, Site site, SourcePosition requestedAt, Problems problems)
            throws IOException {
        Optional<ThemeChain> resolved = ThemeChain.resolve(site.theme(), requestedAt, files, problems);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        ThemeChain chain = resolved.get();
        Map<String, byte[]> sources = new LinkedHashMap<>();
        for (int i : chain.rootFirst()) {
            sources.putAll(chain.folders().get(i).staticFiles(problems));
        }
        Path projectStatic = files.projectDir().resolve(STATIC);
        for (String path : List.copyOf(sources.keySet())) {
            Path override = projectStatic.resolve(path);
            if (path.startsWith(ThemeAssets.FOLDER) && Files.isRegularFile(override, LinkOption.NOFOLLOW_LINKS)) {
                sources.put(path, Files.readAllBytes(override));
            }
        }
        Optional<ThemeAssets> assets = ThemeAssets.of(chain, sources, problems);
        if (assets.isEmpty()) {
            return Optional.empty();
        }
        Optional<Labels> labels = LabelBundles.load(chain, files.projectDir(), site.language(), problems);
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        List<TemplateLoader> loaders = new ArrayList<>();
        Path projectTemplates = files.projectDir().resolve(TEMPLATES);
        if (Files.isDirectory(projectTemplates, LinkOption.NOFOLLOW_LINKS)) {
            // FileTemplateLoader refuses symbolic links that lead outside its folder.
            loaders.add(new FileTemplateLoader(projectTemplates.toFile(), false));
        }
        for (ThemeFolder folder : chain.folders()) {
            folder.templates().ifPresent(loaders::add);
        }
        Configuration configuration = FreemarkerSettings.create(
                new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        try {
            configuration.setSharedVariable("assets", assets.get().published());
            configuration.setSharedVariable("msg", labels.get());
            configuration.setSharedVariable("theme", Map.of("name", chain.name(),
                    "chain", chain.folders().stream().map(ThemeFolder::name).toList()));
        } catch (TemplateModelException e) {
            throw new IllegalStateException("plain maps and lists always wrap", e);
        }
        return Optional.of(new Theme(configuration, assets.get().files(), name -> {
            if (Files.isRegularFile(projectTemplates.resolve(name))) {
                return files.display(projectTemplates.resolve(name));
            }
            for (ThemeFolder folder : chain.folders()) {
                if (folder.hasTemplate(name)) {
                    return folder.display(TEMPLATES + "/" + name);
                }
            }
            return EmbeddedTheme.display(ThemeChain.DEFAULT, TEMPLATES + "/" + name);
        }, labels.get()));
    }
}
