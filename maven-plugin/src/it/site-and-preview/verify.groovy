def site = new File(basedir, "target/site")
def home = new File(site, "index.html")
assert home.isFile() : "mvn site wrote no guide home page"
assert home.text.contains("<title>IT Guide</title>")
def role = new File(site, "roles/platform-engineer/index.html")
assert role.isFile() : "role page missing"
assert role.text.contains("<h1>Platform Engineer</h1>")
assert role.text.contains('href="../platform-engineering-lead/index.html"')
assert !role.text.contains("data-careerguide-live-reload") : "built pages never carry the live-reload script"
assert !new File(site, "project-info.html").exists() : "maven-site-plugin pages must stay out (maven.site.skip)"
assert !new File(site, "css/maven-base.css").exists()

def log = new File(basedir, "build.log").text
assert !new File(basedir, "target/skipped").exists() : "careerguide.skip wrote output"
assert log.contains("careerguide.skip = true: skipping careerguide:generate")

def stub = new File(basedir, "roles/cloud-architect.yaml")
assert stub.isFile() : "new-role wrote nothing"
assert stub.text.startsWith("# yaml-language-server: \$schema=../target/site/schema/role.schema.json")
assert stub.text.contains('title: "Cloud Architect"')
def newPage = new File(basedir, "target/with-new-role/roles/cloud-architect/index.html")
assert newPage.isFile() : "the new role did not build"
assert newPage.text.contains("<h1>Cloud Architect</h1>")
assert log.contains("already exists; edit it, or choose another title")

assert log =~ /Serving http:\/\/localhost:\d+\/ \(port \d+\)/
assert log =~ /self-check: GET http:\/\/localhost:\d+\/ -> HTTP 200/

assert log.contains("careerguide:generate")
assert log.contains("careerguide:serve")
assert log.contains("careerguide:new-role")

def imported = new File(basedir, "roles/data-engineer.yaml")
assert imported.isFile() : "import wrote nothing"
assert imported.text.contains("title: Data Engineer")
assert imported.text.contains("max_open: true")
assert log.contains("Imported 1 role from")
assert log.contains("roles/data-engineer.yaml exists already; it is not replaced unless you ask to overwrite")
return true
