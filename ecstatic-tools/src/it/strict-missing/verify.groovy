// The build failed in ecstatic:collect with the collector's message, which names the CSS file, the line and
// the reference as written (Maven puts "[ERROR] " before each of its lines). Strict mode writes nothing:
// neither the static files, nor the manifest, nor the WAR exist.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal org.ecstatic:ecstatic-tools:') }
assert failed >= 0
assert lines[failed] ==~ /\[ERROR\] Failed to execute goal org\.ecstatic:ecstatic-tools:[^:]+:collect \(default\) on project strict-missing: 1 reference names a file that does not exist under the static roots:/
assert lines[failed + 1] == '[ERROR]   css/site.css (line 3) references ../img/hero.png?v=2'
assert lines[failed + 2] == '[ERROR] Fix the paths or add the files; list expected ones with --ignore-missing ' +
        '(ecstatic.ignoreMissing), or run without --strict to keep them unhashed.'
// the reference to the image that exists is not reported
assert !lines.any { it.contains('img/logo.png') }

assert !new File(basedir, 'target/strict-missing-1.0/static').exists()
assert !new File(basedir, 'target/classes/META-INF/ecstatic/manifest.json').exists()
assert !new File(basedir, 'target/strict-missing-1.0.war').exists()
return true
