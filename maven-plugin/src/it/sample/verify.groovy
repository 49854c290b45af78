// The site is written, one folder per locale; the check found no error; both goals ran in verify.
def site = new File(basedir, 'target/tolk-site')
assert new File(site, 'index.html').isFile() : "no ${site}/index.html"
for (locale in ['en-US', 'nl-NL', 'de-DE', 'ar-SA']) {
    def pages = new File(site, locale)
    assert pages.isDirectory() : "no ${pages}"
    assert pages.listFiles().any { it.name.endsWith('.html') } : "no page in ${pages}"
}
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/tolk-check.json'))
assert report.tool == 'tolk'
assert report.summary.files > 0
assert report.summary.errors == 0 : "the sample has errors: ${report.summary}"

def log = new File(basedir, 'build.log').text
assert log.contains('tolk-maven-plugin') && log.contains(':build (default)') && log.contains(':check (default)')
assert log.contains('BUILD SUCCESS')
return true
