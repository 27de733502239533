def log = new File(basedir, "build.log").text
// 1 and 2: the unresolved role, an error under strict, a warning without.
assert log =~ /\[ERROR\] \S*roles\/site-reliability-engineer\.yaml:5:7: error: no role is named 'Chief Reliability Wizard'/
assert log =~ /\[WARNING\] \S*roles\/site-reliability-engineer\.yaml:5:7: warning: no role is named 'Chief Reliability Wizard'/
assert log.contains("The guide has problems (1 error):")
// 3: the YAML syntax error with its position, in the log and in the failure message.
assert log =~ /\[ERROR\] \S*broken\/roles\/data-engineer\.yaml:\d+:\d+: error: /
assert log.contains("The guide did not build; the output folder")
assert !new File(basedir, "target/site").exists() : "a failed build must not write the output folder"
return true
