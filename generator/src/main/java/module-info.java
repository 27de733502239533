/**
 * careerguide: a static site generator for career guides.
 *
 * <p>The API is what the command line, the Maven plugin and other tools call: the facade
 * ({@link org.careerguide.Generator} with its options, report, build modes and problem listing), the
 * content model, the preview server, the project scaffolds and the CSV import. Every other package
 * (load, link, render, publish, check, theme, write, ...) is an internal stage: public types there are
 * public only so that the next stage can use them, and the module does not export them.
 *
 * <p>No exported signature names an internal type (javac's exports lint is clean): the preview
 * server's in-memory mode and the planned site it reads live in the internal pipeline package, and
 * the link stage's entry point in the link package.
 */
module org.careerguide {
    exports org.careerguide;
    exports org.careerguide.model;
    exports org.careerguide.serve;
    exports org.careerguide.scaffold;
    exports org.careerguide.csv;

    requires freemarker;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.gfm.strikethrough;
    requires org.commonmark.ext.autolink;
    requires org.commonmark.ext.heading.anchor;
    requires org.yaml.snakeyaml;
    requires org.apache.commons.csv;
    requires com.anyascii;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires org.jsoup;
    // directory-watcher 0.19.1 names no module: "directory.watcher" is derived from its file name,
    // which is why the compiler warns against publishing. Only module-path users depend on that
    // name (the jar and the Maven plugin run on the class path); an Automatic-Module-Name upstream
    // would make it stable.
    requires directory.watcher;
    requires org.slf4j;
    requires java.xml;
    requires jdk.httpserver;
    requires java.net.http;

    // picocli reads the commands' annotated fields and methods by reflection.
    opens org.careerguide.cli to info.picocli;
}
