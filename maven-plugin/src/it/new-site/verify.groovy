import org.jsoup.Jsoup

// The invoker runs these ITs on two Mavens (3.8 and 3.9): this is the one expected here.
assert mavenVersion == expectedMavenVersion : "ran on Maven ${mavenVersion}, expected ${expectedMavenVersion}"

// 1. new-site wrote the whole project.
def guide = new File(basedir, "guide")
["pom.xml", "site.yaml", "roles/software-engineer.yaml", "roles/software-engineer.md", "pages/about.md",
 ".gitignore", ".github/workflows/pages.yml"].each { name ->
    assert new File(guide, name).isFile() : "new-site did not write ${name}"
}
def pom = new groovy.xml.XmlSlurper().parse(new File(guide, "pom.xml"))
def plugin = pom.build.plugins.plugin.find { it.artifactId.text() == "careerguide-maven-plugin" }
assert plugin.version.text() == pluginVersion : "the new pom uses this plugin at this version"
assert plugin.executions.execution.goals.goal.text() == "generate"

// 2. `mvn site` built the guide, holding the example role with its narrative and the about page.
def site = new File(guide, "target/site")
def home = Jsoup.parse(new File(site, "index.html"), "UTF-8")
assert home.title() == "Acme & Co Careers"
def role = Jsoup.parse(new File(site, "roles/software-engineer/index.html"), "UTF-8")
assert role.selectFirst("h1").text() == "Software Engineer"
assert role.select("h2").eachText().contains("A day in the life") : "the narrative is on the role page"
assert home.select("a[href]").eachAttr("href").contains("roles/software-engineer/index.html")
def about = Jsoup.parse(new File(site, "about/index.html"), "UTF-8")
assert about.selectFirst("h1").text() == "About this guide"
assert !new File(site, "project-info.html").exists() : "maven-site-plugin pages must stay out"

// 3. and 4.: the strict check passed, and a second new-site refused to overwrite.
def log = new File(basedir, "build.log").text
assert log =~ /Checked .*: \d+ pages render, 0 errors, 0 warnings/
assert log.contains("new-site never overwrites a file")
return true
