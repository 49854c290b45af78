// A usage or configuration error (exit 2) is an error in running the goal, not a finding.
def log = new File(basedir, 'build.log').text
assert log.contains('nope.yaml')
assert log.contains('usage or configuration error (exit 2)')
assert log.contains('MojoExecutionException')
assert !new File(basedir, 'target/tolk-site').exists()
return true
