// The gh-pages branch of the bare repository holds exactly the built site.
import java.nio.file.Files
import java.nio.file.Path

def run(List<String> command) {
    def process = command.execute()
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0 : "${command.join(' ')} failed: $err"
    out.toString()
}

def remote = new File(basedir, "target/remote.git").path
def site = new File(basedir, "target/site").toPath()
def built = [] as TreeSet
Files.walk(site).withCloseable { walk ->
    walk.filter { Files.isRegularFile(it) }.each { built << site.relativize(it).toString().replace('\\', '/') }
}
assert built.contains("roles/platform-engineer/index.html") : "the guide was not built"
def branches = run(["git", "--git-dir", remote, "branch", "--list", "gh-pages"])
assert branches.contains("gh-pages") : "no gh-pages branch in the remote"
def committed = run(["git", "--git-dir", remote, "ls-tree", "-r", "--name-only", "gh-pages"]).readLines() as TreeSet
assert committed == built
def page = run(["git", "--git-dir", remote, "show", "gh-pages:roles/platform-engineer/index.html"])
assert page == new File(site.toFile(), "roles/platform-engineer/index.html").getText("UTF-8")
true
