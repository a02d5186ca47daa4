// The WAR holds the hashed static files under static/ and the manifest on the classpath.
import java.security.MessageDigest
import java.util.zip.ZipFile

def war = new ZipFile(new File(basedir, 'target/war-project-1.0.war'))
def names = war.entries().collect { it.name } as Set
def text = { String name -> new String(war.getInputStream(war.getEntry(name)).bytes, 'UTF-8') }
def hash = { byte[] bytes -> MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString().substring(0, 12) }

assert names.contains('WEB-INF/classes/META-INF/ecstatic/manifest.json')
def manifest = new groovy.json.JsonSlurper().parseText(text('WEB-INF/classes/META-INF/ecstatic/manifest.json'))

def logo = 'img/logo.' + hash(war.getInputStream(war.getEntry('static/img/logo.png')).bytes) + '.png'
def css = ".logo { background: url(../${logo}); }\n"
def site = 'css/site.' + hash(css.getBytes('UTF-8')) + '.css'
assert manifest.paths == ['css/site.css': site, 'img/logo.png': logo, 'robots.txt': 'robots.txt']
assert manifest.files.keySet() == [site, logo] as Set
assert text('static/' + site) == css
assert names.containsAll(['static/' + site, 'static/' + logo, 'static/css/site.css', 'static/img/logo.png',
                          'static/robots.txt'])
assert manifest.files[site].integrity.startsWith('sha256-')
return true
