// tolk:check reported the planted defect, with its rule and file, and failed the build as a finding
// (MojoFailureException), not as an error in running the goal.
def log = new File(basedir, 'build.log').text
assert log.contains('troubleshoot-presence-issues-outlook.md') : 'the planted file is not named'
assert log.contains('[frontmatter/invalid-yaml]') : 'the planted defect is not reported'
assert log.contains('tolk check found problems at or above the fail level (see the diagnostics above): 2 errors (frontmatter/invalid-yaml 2)')
assert log.contains('MojoFailureException')
assert log.contains('BUILD FAILURE')
return true
