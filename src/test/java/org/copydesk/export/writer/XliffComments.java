package org.copydesk.export.writer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the comments back out of an XLIFF export, as a CAT tool or a script would: the notes of category
 * {@code copydesk:comment} or {@code copydesk:resolved-comment} of each unit, with their Copydesk attributes.
 */
public final class XliffComments {

    private static final String NS = XliffWriter.NAMESPACE;
    private static final String CD = XliffWriter.COPYDESK_NAMESPACE;

    private XliffComments() {}

    /** Validates the file against the XLIFF 2 core schema, then returns each unit's comments by unit id. */
    public static Map<String, List<ExportComment>> read(byte[] xliff) throws Exception {
        return read(XmlValidation.xliff(xliff));
    }

    static Map<String, List<ExportComment>> read(Document xliff) {
        Map<String, List<ExportComment>> comments = new LinkedHashMap<>();
        NodeList units = xliff.getElementsByTagNameNS(NS, "unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            List<ExportComment> thread = new ArrayList<>();
            NodeList notes = unit.getElementsByTagNameNS(NS, "note");
            for (int j = 0; j < notes.getLength(); j++) {
                Element note = (Element) notes.item(j);
                String category = note.getAttribute("category");
                if (category.equals("copydesk:comment") || category.equals("copydesk:resolved-comment")) {
                    thread.add(comment(note, category.equals("copydesk:resolved-comment")));
                }
            }
            comments.put(unit.getAttribute("id"), thread);
        }
        return comments;
    }

    private static ExportComment comment(Element note, boolean resolved) {
        return new ExportComment(
                Long.parseLong(note.getAttribute("id").substring(1)),
                note.hasAttributeNS(CD, "replyTo")
                        ? Long.parseLong(note.getAttributeNS(CD, "replyTo").substring(1))
                        : null,
                note.getAttributeNS(CD, "author"),
                note.getTextContent(),
                Instant.parse(note.getAttributeNS(CD, "created")),
                instant(note, "edited"),
                resolved,
                note.hasAttributeNS(CD, "resolvedBy") ? note.getAttributeNS(CD, "resolvedBy") : null,
                instant(note, "resolved"));
    }

    private static Instant instant(Element note, String attribute) {
        return note.hasAttributeNS(CD, attribute) ? Instant.parse(note.getAttributeNS(CD, attribute)) : null;
    }
}
