// The deployed folder holds exactly the built site: the same files with the same bytes.
import java.nio.file.Files
import java.nio.file.Path

def tree(Path root) {
    def files = [:] as TreeMap
    Files.walk(root).withCloseable { walk ->
        walk.filter { Files.isRegularFile(it) }.each { files[root.relativize(it).toString().replace('\\', '/')] = it }
    }
    files
}

def built = new File(basedir, "target/site").toPath()
def deployed = new File(basedir, "target/deployed").toPath()
assert Files.isRegularFile(built.resolve("roles/platform-engineer/index.html")) : "the guide was not built"
assert Files.isDirectory(deployed) : "site-deploy wrote nothing to the file:// URL"
def builtFiles = tree(built)
def deployedFiles = tree(deployed)
assert builtFiles.keySet() == deployedFiles.keySet()
builtFiles.each { name, file -> assert Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(deployedFiles[name])) : name }
assert builtFiles.containsKey("sitemap.xml") && builtFiles.containsKey("roles.json")
assert new File(deployed.toFile(), "sitemap.xml").text.contains("https://guides.example.org/deployed/roles/platform-engineer/")
assert !builtFiles.containsKey("project-info.html")
true
