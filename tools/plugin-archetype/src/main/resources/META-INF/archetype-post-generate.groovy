// Generation in batch mode (-B, or every property given) does not apply the descriptor's
// validationRegex, so the names that become paths, tables and class names are checked here.
def properties = request.properties
def problems = []
if (!(properties.pluginName ==~ /[a-z][a-z0-9]{1,30}/)) {
    problems << "pluginName '${properties.pluginName}' must be 2 to 31 lower-case letters and digits, starting with a letter " +
            "(it becomes /api/NAME, the feature shopdb-NAME and the table NAME), e.g. -DpluginName=badgereaders"
}
if (!(properties.entityName ==~ /[A-Z][A-Za-z0-9]*/)) {
    problems << "entityName '${properties.entityName}' must be a Java class name prefix such as Badgereader"
}
if (!(properties.site ==~ /[a-z][a-z0-9]*/)) {
    problems << "site '${properties.site}' must be one lower-case word (it becomes the package org.SITE.shopdb.NAME)"
}
if (problems) {
    new File(request.outputDirectory, request.artifactId).deleteDir()
    // generated inside a parent (plugins/): take back the module the generator added to it
    def parent = new File(request.outputDirectory, 'pom.xml')
    if (parent.isFile()) {
        parent.text = parent.text.replace("<module>${request.artifactId}</module>", '')
    }
    throw new IllegalArgumentException("ShopDB plugin not generated: " + problems.join("; "))
}
