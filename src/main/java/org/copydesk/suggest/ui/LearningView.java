package org.copydesk.suggest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.copydesk.base.ui.MainLayout;
import org.copydesk.suggest.learning.PairArchive;
import org.copydesk.suggest.learning.StrictText;
import org.copydesk.suggest.service.LearningService;
import org.copydesk.suggest.service.PairResult;
import org.copydesk.suggest.service.PairsResult;
import org.jspecify.annotations.Nullable;

/**
 * Teaching from reference pairs, for admins: a spun article and its clean original as two files, or a ZIP of
 * {@code NN-spun.txt} / {@code NN-original.txt} pairs. Says per pair what was aligned and learned, or which file was
 * refused and why (then nothing was learned). Below, the learned rules, to find, correct, retire or reinstate.
 */
@Route(value = "learning", layout = MainLayout.class)
@PageTitle("Teach from pairs · Copydesk")
@RolesAllowed("ADMIN")
public class LearningView extends VerticalLayout {

    static final int MAX_UPLOAD_BYTES = 11 << 20;

    private final LearningService learning;
    private final Div outcome = new Div();
    private final Button teachPair = new Button();
    private final LearnedRulesPanel rules;
    private byte @Nullable [] spun;
    private byte @Nullable [] original;

    public LearningView(LearningService learning) {
        this.learning = learning;
        addClassName("learning-view");
        outcome.addClassName("learning-outcome");
        teachPair.setText(getTranslation("learning.teach-pair"));
        teachPair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        teachPair.setEnabled(false);
        teachPair.addClickListener(e -> teachPair(spun, original));
        var pair = new Div(
                upload("learning.spun-file", bytes -> spun = bytes, ".txt", "text/plain"),
                upload("learning.original-file", bytes -> original = bytes, ".txt", "text/plain"),
                teachPair);
        pair.addClassName("learning-pair");
        var zip = upload("learning.zip-file", this::teachZip, ".zip", "application/zip");
        rules = new LearnedRulesPanel(learning);
        add(
                new H2(getTranslation("learning.title")),
                new Paragraph(getTranslation("learning.intro")),
                pair,
                new Paragraph(getTranslation("learning.zip-intro")),
                zip,
                outcome,
                rules);
    }

    private Component upload(String label, Consumer<byte[]> received, String... types) {
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received.accept(bytes)));
        upload.setAcceptedFileTypes(types);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setUploadButton(new Button(getTranslation(label)));
        upload.addFileRejectedListener(e -> show(refusal(e.getErrorMessage())));
        upload.addSucceededListener(e -> teachPair.setEnabled(spun != null && original != null));
        return upload;
    }

    /** Teaches from the two uploaded files. */
    void teachPair(byte @Nullable [] spunFile, byte @Nullable [] originalFile) {
        Optional<String> s = StrictText.utf8(spunFile == null ? new byte[0] : spunFile);
        Optional<String> o = StrictText.utf8(originalFile == null ? new byte[0] : originalFile);
        if (s.isEmpty() || o.isEmpty()) {
            show(refusal(getTranslation("learning.not-utf8")));
            return;
        }
        switch (learning.learnFromPair(s.get(), o.get())) {
            case PairResult.Learned learned -> {
                show(learnedList(List.of(new PairsResult.NamedPair("1", learned))));
                rules.refresh();
            }
            case PairResult.Invalid invalid -> show(refusal(invalid.reason()));
        }
    }

    /** Teaches from a ZIP of pairs, all of them or (when one file is refused) none. */
    void teachZip(byte[] zip) {
        switch (PairArchive.read(zip)) {
            case PairArchive.Result.Refused refused -> show(refusal(refused.reason()));
            case PairArchive.Result.Pairs read -> {
                switch (learning.learnFromPairs(read.pairs())) {
                    case PairsResult.Learned learned -> {
                        show(learnedList(learned.pairs()));
                        rules.refresh();
                    }
                    case PairsResult.Invalid invalid -> show(refusal(invalid.reason()));
                }
            }
        }
    }

    private void show(Component shown) {
        outcome.removeAll();
        outcome.add(shown);
    }

    private Component refusal(String reason) {
        var refused = new Div(new Span(getTranslation("learning.refused")), new Span(" " + reason));
        refused.addClassName("learning-refused");
        return refused;
    }

    private Component learnedList(List<PairsResult.NamedPair> pairs) {
        var list = new Div();
        list.addClassName("learning-learned");
        for (PairsResult.NamedPair p : pairs) {
            PairResult.Learned l = p.learned();
            var line = new Div(new Span(getTranslation(
                    "learning.pair-learned",
                    p.name(),
                    l.spunParagraphs(),
                    l.originalParagraphs(),
                    l.alignment().size(),
                    l.changesSeen(),
                    l.rulesCreated())));
            line.addClassName("learning-pair-result");
            list.add(line);
        }
        return list;
    }
}
