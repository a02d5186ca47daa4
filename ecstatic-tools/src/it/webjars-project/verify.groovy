// The WebJar's files are collected under their META-INF/resources names, hashed, and the application's
// style sheet imports the hashed copy.
import java.security.MessageDigest
import java.util.zip.ZipFile

def war = new ZipFile(new File(basedir, 'target/webjars-project-1.0.war'))
def names = war.entries().collect { it.name } as Set
def bytes = { String name -> war.getInputStream(war.getEntry(name)).bytes }
def text = { String name -> new String(bytes(name), 'UTF-8') }
def hash = { byte[] b -> MessageDigest.getInstance('SHA-256').digest(b).encodeHex().toString().substring(0, 12) }

def manifest = new groovy.json.JsonSlurper().parseText(text('WEB-INF/classes/META-INF/ecstatic/manifest.json'))
def uplotCss = 'webjars/uplot/1.6.30/dist/uPlot.min.css'
def uplotHashed = 'webjars/uplot/1.6.30/dist/uPlot.min.' + hash(bytes('static/' + uplotCss)) + '.css'
assert manifest.paths[uplotCss] == uplotHashed
assert manifest.paths['webjars/uplot/1.6.30/dist/uPlot.esm.js'] ==~ /webjars\/uplot\/1\.6\.30\/dist\/uPlot\.esm\.[0-9a-f]{12}\.js/
// the jar's own metadata is not a static file
assert !manifest.paths.keySet().any { it.startsWith('META-INF') || it.startsWith('maven') }

def css = '@import "../' + uplotHashed + '";\n.chart { width: 100%; }\n'
def charts = 'css/charts.' + hash(css.getBytes('UTF-8')) + '.css'
assert manifest.paths['css/charts.css'] == charts
assert text('static/' + charts) == css
assert names.containsAll(['static/' + uplotHashed, 'static/' + uplotCss, 'static/' + charts])
return true
