package org.shopdb.plugins.agents.internal.protocol;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an OCS protocol message (XML) safely: no DTDs, no external entities, bounded depth
 * and element count. Malformed or truncated XML is refused naming line and column.
 */
public final class OcsXmlReader {

    private static final Logger LOG = LoggerFactory.getLogger(OcsXmlReader.class);
    static final int MAX_DEPTH = 12;
    static final int MAX_ELEMENTS = 500_000;
    private static final String ROOT = "REQUEST";

    private final XMLInputFactory factory;

    public OcsXmlReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** @throws AgentRequestException (400) for anything that is not a well-formed {@code REQUEST} with a {@code QUERY} */
    public OcsMessage read(byte[] xml) {
        if (xml.length == 0) {
            throw AgentRequestException.malformed("The body is empty: the agent sends an XML <REQUEST>");
        }
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            reader.nextTag();
            if (!ROOT.equals(reader.getLocalName())) {
                throw AgentRequestException.malformed("The XML root is <" + reader.getLocalName() + ">, expected <REQUEST>");
            }
            ObjectNode request = readElement(reader, 1, new int[1]);
            while (reader.hasNext()) {
                reader.next();
            }
            return toMessage(request);
        } catch (XMLStreamException broken) {
            throw AgentRequestException.malformed("The XML is malformed" + where(broken.getLocation()) + ": " + firstLine(broken.getMessage()));
        } finally {
            close(reader);
        }
    }

    private static OcsMessage toMessage(ObjectNode request) {
        String query = text(request.get("query"));
        if (query == null || query.isBlank()) {
            throw AgentRequestException.malformed("The <REQUEST> has no <QUERY>");
        }
        String deviceId = text(request.get("deviceid"));
        JsonNode content = request.get("content");
        return new OcsMessage(query.trim().toUpperCase(Locale.ROOT), deviceId == null ? null : deviceId.trim(),
                content instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode());
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    /**
     * The element the reader stands on (a START_ELEMENT), as an object of its children; an element
     * holding only text is returned by the caller as a string.
     */
    private static ObjectNode readElement(XMLStreamReader reader, int depth, int[] count) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw AgentRequestException.malformed("The XML nests deeper than " + MAX_DEPTH + " levels" + where(reader.getLocation()));
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return object;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (++count[0] > MAX_ELEMENTS) {
                throw AgentRequestException.malformed("The XML has more than " + MAX_ELEMENTS + " elements");
            }
            String name = reader.getLocalName().toLowerCase(Locale.ROOT);
            add(object, name, readChild(reader, depth + 1, count));
        }
        throw AgentRequestException.malformed("The XML ends before its <REQUEST> is closed: the body is truncated");
    }

    /** A child element: its text when it has no element children, else an object. */
    private static JsonNode readChild(XMLStreamReader reader, int depth, int[] count) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        ObjectNode children = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(reader.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth + 1 > MAX_DEPTH) {
                        throw AgentRequestException.malformed("The XML nests deeper than " + MAX_DEPTH + " levels" + where(reader.getLocation()));
                    }
                    if (++count[0] > MAX_ELEMENTS) {
                        throw AgentRequestException.malformed("The XML has more than " + MAX_ELEMENTS + " elements");
                    }
                    if (children == null) {
                        children = JsonNodeFactory.instance.objectNode();
                    }
                    add(children, reader.getLocalName().toLowerCase(Locale.ROOT), readChild(reader, depth + 1, count));
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return children != null ? children : JsonNodeFactory.instance.stringNode(text.toString().trim());
                }
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
        throw AgentRequestException.malformed("The XML ends inside an element: the body is truncated");
    }

    /** A repeated element name becomes an array, in document order. */
    private static void add(ObjectNode object, String name, JsonNode value) {
        JsonNode existing = object.get(name);
        if (existing == null) {
            object.set(name, value);
        } else if (existing instanceof ArrayNode array) {
            array.add(value);
        } else {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            array.add(existing);
            array.add(value);
            object.set(name, array);
        }
    }

    private static String where(Location location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().filter(part -> !part.isBlank() && !part.startsWith("ParseError at")).findFirst().orElse(message);
        return line.startsWith("Message: ") ? line.substring("Message: ".length()) : line;
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException closing) {
            LOG.debug("Closing the XML reader failed after the message was read", closing);
        }
    }
}
