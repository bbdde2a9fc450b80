package org.copydesk.export.writer;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over StAX for the bilingual formats: the XML writer escapes text and attribute values, and every
 * piece of article text passes {@link Markup#xmlChars} first, so no text can break out of its element.
 */
final class XmlOutput implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final Map<String, String> prefixes = new HashMap<>();
    private int depth;

    XmlOutput(OutputStream out) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamWriter(new NonClosingOutputStream(out), "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
    }

    XmlOutput start(String name) throws XMLStreamException {
        newline();
        xml.writeStartElement(name);
        depth++;
        return this;
    }

    XmlOutput namespace(String uri) throws XMLStreamException {
        xml.writeDefaultNamespace(uri);
        return this;
    }

    /** Declares {@code prefix} for {@code uri}, so attributes named {@code prefix:name} go into that namespace. */
    XmlOutput namespace(String prefix, String uri) throws XMLStreamException {
        xml.writeNamespace(prefix, uri);
        prefixes.put(prefix, uri);
        return this;
    }

    XmlOutput attribute(String name, String value) throws XMLStreamException {
        int colon = name.indexOf(':');
        if (colon > 0 && prefixes.containsKey(name.substring(0, colon))) {
            String prefix = name.substring(0, colon);
            xml.writeAttribute(prefix, prefixes.get(prefix), name.substring(colon + 1), Markup.xmlChars(value));
        } else {
            xml.writeAttribute(name, Markup.xmlChars(value));
        }
        return this;
    }

    XmlOutput xmlAttribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, name, Markup.xmlChars(value));
        return this;
    }

    /**
     * An element holding only text, e.g. {@code <seg>…</seg>}; the text is written exactly, white space included.
     * Attribute names may carry a prefix declared with {@link #namespace(String, String)}.
     */
    XmlOutput textElement(String name, String text, String... attributeNamesAndValues) throws XMLStreamException {
        newline();
        xml.writeStartElement(name);
        for (int i = 0; i + 1 < attributeNamesAndValues.length; i += 2) {
            attribute(attributeNamesAndValues[i], attributeNamesAndValues[i + 1]);
        }
        xml.writeCharacters(Markup.xmlChars(text));
        xml.writeEndElement();
        return this;
    }

    XmlOutput end() throws XMLStreamException {
        depth--;
        newline();
        xml.writeEndElement();
        return this;
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(Math.max(depth, 0)));
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndDocument();
        xml.writeCharacters("\n");
        xml.flush();
        xml.close();
    }
}
