package org.shopdb.deploychecks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The reactor as the poms declare it: module folders and a few of their settings. */
final class MavenModules {

    private MavenModules() {
    }

    /** Every module folder of the reactor, nested ones included, relative to the root ("itests/karaf-tests"). */
    static List<String> all() {
        List<String> modules = new ArrayList<>();
        collect("", modules);
        return modules;
    }

    /** The module's {@code <packaging>} ("jar" when not declared). */
    static String packaging(String module) {
        return childText(pom(module), "packaging").orElse("jar");
    }

    /** The root element of the module's pom ("" for the root pom). */
    static Element pom(String module) {
        Path file = Repo.path(module.isEmpty() ? "pom.xml" : module + "/pom.xml");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("Module '" + module + "' is declared but has no pom: " + file);
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("Cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    static Optional<Element> child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getTagName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    static Optional<String> childText(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip());
    }

    private static void collect(String module, List<String> modules) {
        Optional<Element> declared = child(pom(module), "modules");
        if (declared.isEmpty()) {
            return;
        }
        for (Node node = declared.get().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && "module".equals(element.getTagName())) {
                String child = module.isEmpty()
                        ? element.getTextContent().strip()
                        : module + "/" + element.getTextContent().strip();
                modules.add(child);
                collect(child, modules);
            }
        }
    }
}
