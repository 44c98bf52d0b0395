// Generating inside plugins/ (docs/PLUGIN-QUICKSTART.md, step 1) makes the generator add the new
// module to plugins/pom.xml, which it does by rewriting the whole file (archetype-common's
// PomUtils.addNewModule: parsed, blank lines stripped, written again indented). Run that very
// code on this repository's plugins/pom.xml: it must add the one <module> line and change nothing else.
import org.apache.maven.archetype.common.util.PomUtils

// basedir: this test project's folder under target/test-classes, inside the repository
def repository = basedir.absoluteFile
while (repository != null && !(new File(repository, 'plugins/pom.xml').isFile() && new File(repository, 'tools/plugin-archetype').isDirectory())) {
    repository = repository.parentFile
}
if (repository == null) {
    throw new IllegalStateException("No ShopDB repository (plugins/pom.xml) above ${basedir}")
}
def pom = new File(repository, 'plugins/pom.xml')
def module = '    <module>shopdb-widgets</module>'
def committed = pom.getText('UTF-8').readLines()
def rewritten = new StringWriter()
if (!PomUtils.addNewModule('shopdb-widgets', new StringReader(pom.getText('UTF-8')), rewritten)) {
    throw new IllegalStateException("${pom} already lists shopdb-widgets")
}
def expected = new ArrayList(committed)
expected.add(committed.findLastIndexOf { it.contains('<module>') } + 1, module)
def actual = rewritten.toString().readLines()
if (actual != expected) {
    def line = (0..<Math.max(actual.size(), expected.size())).find { actual[it] != expected[it] }
    throw new AssertionError("mvn archetype:generate in plugins/ would change ${pom} beyond adding '${module.trim()}': " +
            "line ${line + 1} would read '${actual[line]}' instead of '${expected[line]}'. Keep plugins/pom.xml in the layout the " +
            "generator writes (no blank lines; the XML declaration and <project> on one line; one element or comment line per line)")
}
println "plugins/pom.xml: generating a plugin in plugins/ adds '${module.trim()}' and changes nothing else"
