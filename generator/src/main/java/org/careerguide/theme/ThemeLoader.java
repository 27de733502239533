package org.careerguide.theme;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Finds the templates and assets of a guide project's theme. Lookup order, first match wins:
 * the project's {@code templates/} (single overrides), {@code themes/<name>/templates/} (a site
 * theme named in site.yaml), then the default theme embedded in the jar.
 */
public final class ThemeLoader {

    public static final String TEMPLATES = "templates";
    public static final String THEMES = "themes";

    /**
     * Every file of the default theme embedded in the jar, by path: project templates and site themes
     * are files an incremental build reads itself, the embedded theme is read here.
     */
    public static Map<String, byte[]> embeddedFiles() {
        return EmbeddedTheme.allFiles();
    }

    /** The theme for {@code site}, or empty after reporting why it cannot be used. */
    public Optional<Theme> load(ProjectFiles files, Site site, Problems problems) throws IOException {
        Path projectDir = files.projectDir();
        List<Path> templateDirs = new ArrayList<>();
        Map<String, byte[]> assets = new LinkedHashMap<>(EmbeddedTheme.staticFiles());
        Path projectTemplates = projectDir.resolve(TEMPLATES);
        if (Files.isDirectory(projectTemplates, LinkOption.NOFOLLOW_LINKS)) {
            templateDirs.add(projectTemplates);
        }
        if (!Site.DEFAULT_THEME.equals(site.theme())) {
            Path themeDir = projectDir.resolve(THEMES).resolve(site.theme());
            if (!Files.isDirectory(themeDir, LinkOption.NOFOLLOW_LINKS)) {
                problems.error(SourcePosition.ofFile(files.display(projectDir.resolve("site.yaml"))),
                        "theme '" + site.theme() + "' not found: expected the folder themes/" + site.theme() + "/");
                return Optional.empty();
            }
            Path themeTemplates = themeDir.resolve(TEMPLATES);
            if (Files.isDirectory(themeTemplates, LinkOption.NOFOLLOW_LINKS)) {
                templateDirs.add(themeTemplates);
            }
            // Read like the project's own static/: no editor temp files, no links leading outside.
            Path themeStatic = themeDir.resolve("static");
            for (Path file : files.walk(projectDir.relativize(themeStatic).toString(), problems)) {
                assets.put(themeStatic.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        assets.replaceAll((path, bytes) -> path.endsWith(".css")
                ? CssMinifier.minify(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                : bytes);
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path dir : templateDirs) {
            // FileTemplateLoader refuses symbolic links that lead outside its folder.
            loaders.add(new FileTemplateLoader(dir.toFile(), false));
        }
        loaders.add(new ClassTemplateLoader(ThemeLoader.class.getClassLoader(), EmbeddedTheme.TEMPLATES));
        MultiTemplateLoader loader = new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
        List<Path> dirs = List.copyOf(templateDirs);
        return Optional.of(new Theme(FreemarkerSettings.create(loader), assets, name -> {
            for (Path dir : dirs) {
                if (Files.isRegularFile(dir.resolve(name))) {
                    return files.display(dir.resolve(name));
                }
            }
            return EmbeddedTheme.DISPLAY + name;
        }));
    }
}
