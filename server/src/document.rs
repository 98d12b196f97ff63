//! Open documents: a rope, the language, the version, and a syntax tree kept in step with every
//! edit (`Tree::edit` on change, incremental reparse later by the analysis worker). Positions
//! arrive as (line, character) in a negotiated encoding and are clamped, never trusted.
//! This module knows nothing about LSP types: the protocol layer converts to these.

use std::sync::Arc;

use ropey::Rope;
use tree_sitter::{InputEdit, Point, Tree};

use crate::languages::Language;

/// How the `character` of a position counts: UTF-8 bytes, UTF-16 code units, or code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

/// A position as a client sends it: 0-based line, 0-based character in some [`Encoding`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    pub line: u32,
    pub character: u32,
}

/// Whether converting a position had to clamp it (the caller logs it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clamped(pub bool);

/// Converts a position to a byte offset in `rope`. A line past the end means the end of the
/// document; a character past the end of its line means the end of the line (as the LSP spec
/// says); a character inside a multi-unit character rounds down to its start.
pub fn offset_of(rope: &Rope, pos: Position, enc: Encoding) -> (usize, Clamped) {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return (rope.len_bytes(), Clamped(true));
    }
    let line_start_char = rope.line_to_char(line);
    let line_slice = rope.line(line);
    // Exclude the line break from the addressable columns.
    let mut content_chars = line_slice.len_chars();
    while content_chars > 0 {
        let c = line_slice.char(content_chars - 1);
        if c == '\n' || c == '\r' {
            content_chars -= 1;
        } else {
            break;
        }
    }
    let want = pos.character as usize;
    let (char_in_line, clamped) = match enc {
        Encoding::Utf32 => (want.min(content_chars), want > content_chars),
        Encoding::Utf8 => {
            let line_bytes = line_slice.char_to_byte(content_chars);
            let b = want.min(line_bytes);
            (line_slice.byte_to_char(b), want > line_bytes)
        }
        Encoding::Utf16 => {
            let units = line_slice.char_to_utf16_cu(content_chars);
            let u = want.min(units);
            (line_slice.utf16_cu_to_char(u), want > units)
        }
    };
    (rope.char_to_byte(line_start_char + char_in_line), Clamped(clamped))
}

/// Converts a byte offset (clamped to the document, rounded down to a character boundary) to a
/// position in `enc`.
pub fn position_of(rope: &Rope, offset: usize, enc: Encoding) -> Position {
    let offset = offset.min(rope.len_bytes());
    let char_idx = rope.byte_to_char(offset);
    let line = rope.char_to_line(char_idx);
    let line_start_char = rope.line_to_char(line);
    let character = match enc {
        Encoding::Utf32 => char_idx - line_start_char,
        Encoding::Utf8 => rope.char_to_byte(char_idx) - rope.line_to_byte(line),
        Encoding::Utf16 => rope.char_to_utf16_cu(char_idx) - rope.char_to_utf16_cu(line_start_char),
    };
    Position { line: line as u32, character: character as u32 }
}

/// A tree-sitter point (row, byte column) for a byte offset.
pub fn point_of(rope: &Rope, offset: usize) -> Point {
    let offset = offset.min(rope.len_bytes());
    let line = rope.byte_to_line(offset);
    Point { row: line, column: offset - rope.line_to_byte(line) }
}

/// One content change: replace `range` (or the whole document when `None`) with `text`.
#[derive(Debug, Clone)]
pub struct Change {
    pub range: Option<(Position, Position)>,
    pub text: String,
}

/// Edits kept for replaying on a tree parsed before them; past this a full parse is cheaper.
const MAX_PENDING_EDITS: usize = 1024;
/// Dirty ranges kept apart; past this they merge into one.
const MAX_DIRTY_RANGES: usize = 32;

/// An open document.
#[derive(Debug, Clone)]
pub struct Document {
    /// The newest version, shared with analysis workers so that a parse of an older snapshot
    /// can stop early.
    pub latest: Arc<std::sync::atomic::AtomicI32>,
    /// The file path (for rule path filters); for unsaved buffers, the URI's path.
    pub path: Arc<std::path::Path>,
    pub language: Language,
    pub version: i32,
    pub rope: Rope,
    /// The last parsed tree, with every edit since applied via `Tree::edit`.
    pub tree: Option<Tree>,
    /// Edits applied since `tree` was parsed, so a tree parsed from an older snapshot can be
    /// brought up to date.
    pub edits_since_parse: Vec<InputEdit>,
    /// Bumped when the whole text is replaced: trees parsed before that are useless.
    pub epoch: u64,
    /// Findings of the last analysis, in the coordinates of the text it analysed, and the
    /// edits made since: the base of the next incremental analysis.
    pub base: Option<Arc<Vec<crate::engine::Finding>>>,
    pub edits_since_analysis: Vec<InputEdit>,
    /// Byte ranges (in the current text) touched since the last analysis.
    pub dirty: Vec<std::ops::Range<usize>>,
}

impl Document {
    pub fn new(path: &std::path::Path, language: Language, version: i32, text: &str) -> Document {
        Document {
            latest: Arc::new(std::sync::atomic::AtomicI32::new(version)),
            path: Arc::from(path),
            language,
            version,
            rope: Rope::from_str(text),
            tree: None,
            edits_since_parse: Vec::new(),
            epoch: 0,
            base: None,
            edits_since_analysis: Vec::new(),
            dirty: vec![0..text.len()],
        }
    }

    /// Applies one change in place, keeping the tree in step. Returns whether a position had to
    /// be clamped.
    pub fn apply(&mut self, change: &Change, enc: Encoding) -> Clamped {
        let Some((start, end)) = change.range else {
            self.rope = Rope::from_str(&change.text);
            self.forget_incremental_state();
            return Clamped(false);
        };
        let (mut start_byte, c1) = offset_of(&self.rope, start, enc);
        let (mut old_end_byte, c2) = offset_of(&self.rope, end, enc);
        if old_end_byte < start_byte {
            std::mem::swap(&mut start_byte, &mut old_end_byte);
        }
        let start_position = point_of(&self.rope, start_byte);
        let old_end_position = point_of(&self.rope, old_end_byte);
        let start_char = self.rope.byte_to_char(start_byte);
        let end_char = self.rope.byte_to_char(old_end_byte);
        self.rope.remove(start_char..end_char);
        self.rope.insert(start_char, &change.text);
        let new_end_byte = start_byte + change.text.len();
        let edit = InputEdit {
            start_byte,
            old_end_byte,
            new_end_byte,
            start_position,
            old_end_position,
            new_end_position: point_of(&self.rope, new_end_byte),
        };
        if self.edits_since_parse.len() >= MAX_PENDING_EDITS {
            // So many edits since the last parse (one notification can carry 100,000) that
            // replaying them on a tree costs more than parsing afresh: keeping every edit and
            // every dirty range made applying them quadratic.
            self.forget_incremental_state();
            return Clamped(c1.0 || c2.0);
        }
        if let Some(tree) = &mut self.tree {
            tree.edit(&edit);
        }
        self.edits_since_parse.push(edit);
        self.edits_since_analysis.push(edit);
        // Shift earlier dirty ranges past the edit, then add the edited range.
        for r in &mut self.dirty {
            *r = shift_range(r.clone(), &edit);
        }
        self.dirty.push(start_byte..new_end_byte);
        if self.dirty.len() > MAX_DIRTY_RANGES {
            // One covering range: a wider window, but the cost per change stays constant.
            let start = self.dirty.iter().map(|r| r.start).min().unwrap_or(0);
            let end = self.dirty.iter().map(|r| r.end).max().unwrap_or(0);
            self.dirty = vec![start..end];
        }
        Clamped(c1.0 || c2.0)
    }

    /// Drops the tree, the analysis base and the recorded edits: the next analysis parses and
    /// checks the whole text. Trees and analyses of older snapshots are discarded too.
    fn forget_incremental_state(&mut self) {
        self.tree = None;
        self.edits_since_parse.clear();
        self.epoch += 1;
        self.base = None;
        self.edits_since_analysis.clear();
        self.dirty = vec![0..self.rope.len_bytes()];
    }

    pub fn text(&self) -> String {
        // Sized exactly: `to_string` goes through `Display` and can leave twice the capacity.
        String::from(&self.rope)
    }

    /// Stores a tree parsed from a snapshot: the edits made after the snapshot are replayed on
    /// it so that it matches the current text. A tree from before a full replacement is dropped.
    pub fn store_tree(&mut self, mut tree: Tree, epoch: u64, edits_at_snapshot: usize) {
        if epoch != self.epoch || edits_at_snapshot > self.edits_since_parse.len() {
            return;
        }
        for edit in &self.edits_since_parse[edits_at_snapshot..] {
            tree.edit(edit);
        }
        self.edits_since_parse.drain(..edits_at_snapshot);
        self.tree = Some(tree);
    }
}

impl Document {
    /// Sets the version, also for workers parsing an older snapshot.
    pub fn set_version(&mut self, version: i32) {
        self.version = version;
        self.latest.store(version, std::sync::atomic::Ordering::Release);
    }

    /// Records the findings of an analysis of a snapshot as the base of the next incremental
    /// one; the edits the snapshot already included are dropped.
    pub fn store_analysis(&mut self, findings: Arc<Vec<crate::engine::Finding>>, epoch: u64, edits_at_snapshot: usize) {
        if epoch != self.epoch || edits_at_snapshot > self.edits_since_analysis.len() {
            return;
        }
        self.edits_since_analysis.drain(..edits_at_snapshot);
        self.base = Some(findings);
    }

    /// Forgets the base (the rules changed): the next analysis is a full one.
    pub fn reset_analysis(&mut self) {
        self.base = None;
        self.edits_since_analysis.clear();
    }
}

/// Maps a range of the old text through an edit (ranges after it shift, ranges overlapping it
/// grow to cover the new text).
pub fn shift_range(r: std::ops::Range<usize>, e: &InputEdit) -> std::ops::Range<usize> {
    let map = |x: usize| -> usize {
        if x <= e.start_byte {
            x
        } else if x >= e.old_end_byte {
            x - e.old_end_byte + e.new_end_byte
        } else {
            e.new_end_byte
        }
    };
    let start = map(r.start);
    let end = map(r.end).max(start);
    start..end
}

/// A read-only snapshot handed to the analysis worker: cheap to make (rope and tree clones share
/// structure) so no lock is held while parsing and analysing.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub latest: Arc<std::sync::atomic::AtomicI32>,
    pub path: Arc<std::path::Path>,
    pub language: Language,
    pub version: i32,
    pub rope: Rope,
    pub tree: Option<Tree>,
    pub edits_at_snapshot: usize,
    pub epoch: u64,
    /// The whole text, made once per snapshot (a `String` moved into the `Arc`, not copied:
    /// another copy of a large document would raise the peak heap by its size).
    pub text: Arc<String>,
    pub base: Option<Arc<Vec<crate::engine::Finding>>>,
    pub analysis_edits: Vec<InputEdit>,
}

impl Document {
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            latest: self.latest.clone(),
            path: self.path.clone(),
            language: self.language,
            version: self.version,
            rope: self.rope.clone(),
            tree: self.tree.clone(),
            edits_at_snapshot: self.edits_since_parse.len(),
            epoch: self.epoch,
            text: Arc::new(self.text()),
            base: self.base.clone(),
            analysis_edits: self.edits_since_analysis.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    #[test]
    fn positions_round_trip_in_every_encoding() {
        // Emoji (4 UTF-8 bytes, 2 UTF-16 units), combining accent, CRLF line endings.
        let text = "a😀b\r\ne\u{301}x = \"é\"\r\nlast";
        let rope = Rope::from_str(text);
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for (offset, c) in text.char_indices() {
                // Between the CR and LF of a CRLF is not an addressable position.
                if c == '\n' && text[..offset].ends_with('\r') {
                    continue;
                }
                let p = position_of(&rope, offset, enc);
                let (back, clamped) = offset_of(&rope, p, enc);
                assert_eq!(back, offset, "{enc:?} offset {offset} via {p:?}");
                assert!(!clamped.0 || text[offset..].starts_with(['\r', '\n']));
            }
        }
        assert_eq!(position_of(&rope, 5, Encoding::Utf16), pos(0, 3));
        assert_eq!(position_of(&rope, 5, Encoding::Utf8), pos(0, 5));
        assert_eq!(position_of(&rope, 5, Encoding::Utf32), pos(0, 2));
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let rope = Rope::from_str("ab\r\ncd");
        assert_eq!(offset_of(&rope, pos(0, 99), Encoding::Utf16), (2, Clamped(true)));
        assert_eq!(offset_of(&rope, pos(7, 0), Encoding::Utf16), (6, Clamped(true)));
        // Inside a surrogate pair rounds down.
        let rope = Rope::from_str("😀x");
        assert_eq!(offset_of(&rope, pos(0, 1), Encoding::Utf16).0, 0);
    }

    #[test]
    fn edits_keep_rope_and_tree_in_step() {
        let mut doc = Document::new(std::path::Path::new("a.py"), Language::Python, 1, "x = 1\ny = 2\n");
        doc.tree = crate::engine::parse(Language::Python, &doc.text(), None);
        doc.apply(&Change { range: Some((pos(1, 4), pos(1, 5))), text: "eval(s)".into() }, Encoding::Utf16);
        assert_eq!(doc.text(), "x = 1\ny = eval(s)\n");
        let old = doc.tree.clone();
        let tree = crate::engine::parse(Language::Python, &doc.text(), old.as_ref()).expect("parse");
        let fresh = crate::engine::parse(Language::Python, &doc.text(), None).expect("parse");
        assert_eq!(tree.root_node().to_sexp(), fresh.root_node().to_sexp());
    }
}
