package org.copydesk.suggest.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class SeedPeek {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        var engine = new SuggestionEngine(List.of(new MechanicalRepairs(), SpinnerTable.source(SpinnerTable.load())));
        for (Suggestion s : engine.suggest(text)) {
            System.out.println((s.confident() ? "C " : "p ") + s.source() + " [" + s.original() + "] -> [" + s.replacement() + "]");
        }
    }
}
