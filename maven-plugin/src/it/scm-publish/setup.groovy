// The "remote": a bare repository with an empty gh-pages branch, as after the one-time setup the
// README describes (maven-scm-publish-plugin checks the branch out, so it must exist).
def run(List<String> command, File dir) {
    def process = command.execute(null, dir)
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0 : "${command.join(' ')} failed: $err"
}

def target = new File(basedir, "target")
def remote = new File(target, "remote.git")
def seed = new File(target, "seed")
target.mkdirs()
run(["git", "init", "--bare", "--quiet", remote.path], target)
run(["git", "init", "--quiet", seed.path], target)
def git = ["git", "-c", "user.name=careerguide IT", "-c", "user.email=it@example.org"]
run(git + ["checkout", "--quiet", "--orphan", "gh-pages"], seed)
run(git + ["commit", "--quiet", "--allow-empty", "-m", "Start gh-pages"], seed)
run(git + ["push", "--quiet", remote.path, "gh-pages"], seed)
true
