package org.ecstatic.tools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleNoteTest {

    @Test
    void describesASpecifierWithoutExtensionWithTheFileThatExists() {
        assertThat(new ModuleNote("js/app.js", 4, ModuleNote.Kind.NO_EXTENSION, "./util", "./util.js").describe())
                .isEqualTo("js/app.js (line 4) imports ./util, which has no extension: a browser asks for exactly "
                        + "that URL (only a bundler tries extensions); write ./util.js");
    }

    @Test
    void describesASpecifierWithoutExtensionWhenNoFileIsNear() {
        assertThat(new ModuleNote("js/app.js", 4, ModuleNote.Kind.NO_EXTENSION, "./gone", null).describe())
                .isEqualTo("js/app.js (line 4) imports ./gone, which has no extension: a browser asks for exactly "
                        + "that URL (only a bundler tries extensions); write the file name with its extension");
    }

    @Test
    void describesAComputedImportAndAConstructLeftOpen() {
        assertThat(new ModuleNote("a.js", 9, ModuleNote.Kind.DYNAMIC_IMPORT, "import(name)", null).describe())
                .isEqualTo("a.js (line 9): import(name) imports a name computed at run time, which is not rewritten: "
                        + "that module loads by its plain name, not its hashed one");
        assertThat(new ModuleNote("a.js", 2, ModuleNote.Kind.UNTERMINATED, "a string", null).describe())
                .isEqualTo("a.js (line 2): a string is left open, so this may not be JavaScript; module specifiers "
                        + "after it may have been missed");
    }

    @Test
    void leavesBareSpecifiersToTheCountedNote() {
        assertThat(new ModuleNote("a.js", 1, ModuleNote.Kind.BARE_SPECIFIER, "lit", null).describe()).isNull();
    }
}
