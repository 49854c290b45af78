// Copies the repository's sample (content/, tolk.yaml, templates/) beside the IT project's POM, then
// the folders named in `overlays` (relative to the repository) over it. Run by each project's setup.groovy.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

def copyTree = { Path from, Path to ->
    Files.walk(from).withCloseable { paths ->
        paths.sorted().forEach { Path p ->
            Path target = to.resolve(from.relativize(p).toString())
            if (Files.isDirectory(p)) Files.createDirectories(target)
            else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
Path repo = new File(repository).toPath()
Path project = basedir.toPath()
copyTree(repo.resolve('content'), project.resolve('content'))
copyTree(repo.resolve('templates'), project.resolve('templates'))
Files.copy(repo.resolve('tolk.yaml'), project.resolve('tolk.yaml'), StandardCopyOption.REPLACE_EXISTING)
for (overlay in binding.hasVariable('overlays') ? overlays : []) {
    copyTree(repo.resolve(overlay), project)
}
return true
