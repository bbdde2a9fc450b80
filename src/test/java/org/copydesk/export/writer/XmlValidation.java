package org.copydesk.export.writer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates exports against the standards' own schemas, shipped in src/test/resources/export/schemas (see the
 * README there for where each came from). Nothing is fetched from the network.
 */
final class XmlValidation {

    private XmlValidation() {}

    /** Parses and validates against the OASIS XLIFF 2 core schema; throws on the first error. */
    static Document xliff(byte[] xml) throws IOException, SAXException, ParserConfigurationException {
        URL xsd = XmlValidation.class.getResource("/export/schemas/xliff_core_2.0.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
        var validator = schema.newValidator();
        validator.setErrorHandler(STRICT);
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return parse(xml, false);
    }

    /**
     * Parses with DTD validation against the TMX 1.4b DTD. Our TMX files carry no DOCTYPE, so the test adds the
     * one the TMX specification gives ({@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">}) and resolves it locally.
     */
    static Document tmx(byte[] xml) throws IOException, SAXException, ParserConfigurationException {
        String text = new String(xml, StandardCharsets.UTF_8);
        int afterDeclaration = text.indexOf("?>") + 2;
        String withDoctype = text.substring(0, afterDeclaration) + "\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"
                + text.substring(afterDeclaration);
        return parse(withDoctype.getBytes(StandardCharsets.UTF_8), true);
    }

    private static Document parse(byte[] xml, boolean validateDtd)
            throws IOException, SAXException, ParserConfigurationException {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(validateDtd);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(STRICT);
        builder.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("tmx14.dtd")) {
                InputStream dtd = XmlValidation.class.getResourceAsStream("/export/schemas/tmx14.dtd");
                return new InputSource(dtd);
            }
            throw new SAXException("refusing to fetch " + systemId);
        });
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
