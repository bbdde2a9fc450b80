package org.copydesk.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.copydesk.comment.Mentions;
import org.copydesk.comment.service.CommentResult;
import org.copydesk.comment.service.CommentService;
import org.copydesk.comment.service.CommentView;
import org.copydesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * The comment threads of one paragraph: read, reply, edit and delete your own, resolve and reopen a thread, and
 * write a comment with {@code @name} completion. Comment text is always shown as text, never as markup.
 */
@StyleSheet("styles/review.css")
public class CommentsDialog extends Dialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    /** Opens the comments of a paragraph; {@code onCount} hears the new number of comments when it changes. */
    @FunctionalInterface
    public interface Opener {
        void open(long paragraphId, int position, IntConsumer onCount);

        static Opener with(CommentService comments) {
            return (paragraphId, position, onCount) ->
                    new CommentsDialog(comments, paragraphId, position, onCount).open();
        }
    }

    private final CommentService comments;
    private final long paragraphId;
    private final IntConsumer onCount;
    private final Div thread = new Div();
    private final TextArea text = new TextArea();
    private final Div completions = new Div();
    private final Span replyingTo = new Span();
    private final Button post = new Button();
    private @Nullable Long parentId;

    public CommentsDialog(CommentService comments, long paragraphId, int position, IntConsumer onCount) {
        this.comments = comments;
        this.paragraphId = paragraphId;
        this.onCount = onCount;
        addClassName("comments-dialog");
        setHeaderTitle(getTranslation("comment.title", position));
        setWidth("40rem");
        thread.addClassName("comment-thread");
        text.setLabel(getTranslation("comment.new"));
        text.setWidthFull();
        text.setMaxLength(CommentService.MAX_LENGTH);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> complete(e.getValue()));
        completions.addClassName("mention-completions");
        replyingTo.addClassName("replying-to");
        post.setText(getTranslation("comment.post"));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> post());
        var close = new Button(getTranslation("comment.close"), e -> close());
        add(thread, replyingTo, text, completions);
        getFooter().add(close, post);
        refresh();
    }

    private void refresh() {
        thread.removeAll();
        List<CommentView> all = comments.thread(paragraphId).orElse(List.of());
        for (CommentView root : all.stream().filter(c -> c.parentId() == null).toList()) {
            var box = new Div(entry(root, true));
            box.addClassName("comment-box");
            if (root.resolvedAt() != null) {
                box.addClassName("resolved");
            }
            all.stream()
                    .filter(c -> Long.valueOf(root.id()).equals(c.parentId()))
                    .forEach(reply -> box.add(entry(reply, false)));
            thread.add(box);
        }
        if (all.isEmpty()) {
            thread.add(new Span(getTranslation("comment.none")));
        }
        onCount.accept(all.size());
    }

    private Div entry(CommentView c, boolean root) {
        var head = new Span(c.author() + " · " + WHEN.format(c.createdAt())
                + (c.editedAt() != null ? " · " + getTranslation("comment.edited") : ""));
        head.addClassName("comment-head");
        var body = new Div();
        body.setText(c.text());
        body.addClassName("comment-text");
        var actions = new Div();
        actions.addClassName("comment-actions");
        if (root) {
            actions.add(small("comment.reply", () -> {
                parentId = c.id();
                replyingTo.setText(getTranslation("comment.replying", c.author()));
                text.focus();
            }));
            actions.add(
                    c.resolvedAt() == null
                            ? small("comment.resolve", () -> outcome(comments.resolve(c.id())))
                            : small("comment.reopen", () -> outcome(comments.reopen(c.id()))));
        }
        if (c.author().equals(CurrentUser.username())) {
            actions.add(small("comment.edit", () -> edit(c, body)));
            actions.add(small("comment.delete", () -> outcome(comments.delete(c.id()))));
        }
        var entry = new Div(head, body, actions);
        entry.addClassName(root ? "comment" : "comment reply");
        return entry;
    }

    private void edit(CommentView c, Div body) {
        var editor = new TextArea();
        editor.setValue(c.text());
        editor.setWidthFull();
        editor.setAriaLabel(getTranslation("comment.edit"));
        var save = new Button(getTranslation("comment.save"), e -> outcome(comments.edit(c.id(), editor.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        body.removeAll();
        body.setText("");
        body.add(editor, save);
    }

    private void post() {
        CommentResult result = comments.post(paragraphId, text.getValue(), parentId);
        if (result instanceof CommentResult.Done) {
            text.clear();
            parentId = null;
            replyingTo.setText("");
        }
        outcome(result);
    }

    private void outcome(CommentResult result) {
        @Nullable
        String problem = switch (result) {
            case CommentResult.Done d -> null;
            case CommentResult.Deleted d -> null;
            case CommentResult.NotAllowed n -> n.reason();
            case CommentResult.Invalid i -> i.reason();
            case CommentResult.NotFound n -> getTranslation("comment.gone");
        };
        if (problem != null) {
            Notification.show(problem, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    /** Offers the accounts whose names start with what is typed after a trailing {@code @}. */
    private void complete(String value) {
        completions.removeAll();
        Mentions.typedAtEnd(value).ifPresent(prefix -> {
            for (String name : comments.mentionable(prefix)) {
                var option = new Button("@" + name, e -> {
                    text.setValue(value.substring(0, value.length() - prefix.length()) + name + " ");
                    text.focus();
                });
                option.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                option.addClassName("mention-option");
                completions.add(option);
            }
        });
    }

    private Button small(String key, Runnable action) {
        var button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    TextArea text() {
        return text;
    }

    Button postButton() {
        return post;
    }

    Div thread() {
        return thread;
    }

    List<Button> completionOptions() {
        var list = new ArrayList<Button>();
        completions.getChildren().forEach(c -> list.add((Button) c));
        return list;
    }
}
