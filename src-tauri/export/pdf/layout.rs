//! A small flowing layout: blocks of text lines, charts and table rows placed top to bottom on
//! pages of a chosen size, then drawn with krilla and tagged for screen readers.
//!
//! Layout and drawing are two passes: `Layout` decides where everything goes (it only needs
//! text widths), `render` turns the pages into PDF bytes. Every drawn item belongs to a block,
//! and each block becomes one node of the PDF's tag tree (a heading, a paragraph, a figure with
//! its alt text, or a table row), so the reading order is the layout order.

use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{ArtifactType, ContentTag, Identifier, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::{Font, TextDirection};
use krilla::Document;

use super::Paper;

/// The fonts: DejaVu Sans, embedded (subset) in every PDF. Licence: assets/fonts/LICENSE-DejaVu.txt.
static REGULAR_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Page margin, in points.
pub const MARGIN: f32 = 42.0;
/// Average advance of DejaVu Sans per point of font size, used to fit and wrap text. Slightly
/// generous, so an estimate never overflows a column.
const CHAR_WIDTH: f32 = 0.6;

pub type Color = (u8, u8, u8);
pub const INK: Color = (20, 20, 20);
pub const GREY: Color = (110, 110, 110);
pub const LIGHT: Color = (215, 215, 215);
pub const BLUE: Color = (31, 95, 168);
pub const RED: Color = (176, 32, 32);

/// What one block is, for the tag tree.
#[derive(Debug, Clone)]
pub enum BlockKind {
    Heading(u16),
    Paragraph,
    Figure(String),
    /// A row of table `table`; `header` rows use TH cells.
    Row {
        table: usize,
        header: bool,
    },
}

#[derive(Debug, Clone)]
pub enum Op {
    Text { x: f32, y: f32, size: f32, bold: bool, color: Color, text: String },
    Line { points: Vec<(f32, f32)>, color: Color, width: f32 },
    Rect { x: f32, y: f32, w: f32, h: f32, color: Color },
}

/// One drawn item: its block and, in a table row, its cell.
#[derive(Debug, Clone)]
pub struct Item {
    pub block: usize,
    pub op: Op,
}

/// Places blocks on pages.
pub struct Layout {
    pub width: f32,
    pub height: f32,
    pub pages: Vec<Vec<Item>>,
    pub blocks: Vec<BlockKind>,
    /// The baseline cursor on the current page.
    pub y: f32,
    tables: usize,
}

impl Layout {
    pub fn new(paper: Paper) -> Self {
        let (width, height) = paper.size();
        Layout { width, height, pages: vec![Vec::new()], blocks: Vec::new(), y: MARGIN, tables: 0 }
    }

    pub fn content_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    /// Starts a new page unless the current one has room for `needed` more points.
    pub fn ensure_room(&mut self, needed: f32) {
        if self.y + needed > self.height - MARGIN {
            self.new_page();
        }
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    pub fn block(&mut self, kind: BlockKind) -> usize {
        self.blocks.push(kind);
        self.blocks.len() - 1
    }

    pub fn new_table(&mut self) -> usize {
        self.tables += 1;
        self.tables - 1
    }

    pub fn push(&mut self, block: usize, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(Item { block, op });
        }
    }

    pub fn heading(&mut self, text: &str, level: u16, size: f32) {
        self.ensure_room(size * 3.0);
        self.y += size * 0.6;
        self.y += size;
        let block = self.block(BlockKind::Heading(level));
        let (x, y) = (MARGIN, self.y);
        self.push(block, Op::Text { x, y, size, bold: true, color: INK, text: text.to_owned() });
        self.y += size * 0.35;
    }

    /// A paragraph wrapped to the content width.
    pub fn paragraph(&mut self, text: &str, size: f32, bold: bool, color: Color) {
        let block = self.block(BlockKind::Paragraph);
        for line in wrap(text, self.content_width(), size) {
            self.ensure_room(size * 1.35);
            self.y += size * 1.35;
            let y = self.y;
            self.push(block, Op::Text { x: MARGIN, y, size, bold, color, text: line });
        }
    }

    /// Moves the cursor down by `points`.
    pub fn gap(&mut self, points: f32) {
        self.y += points;
    }
}

/// Cuts `text` to fit `width`, ending with an ellipsis when cut.
pub fn fit(text: &str, width: f32, size: f32) -> String {
    let max = (width / (size * CHAR_WIDTH)).floor().max(1.0) as usize;
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Breaks `text` into lines of at most `width`, at spaces where possible.
pub fn wrap(text: &str, width: f32, size: f32) -> Vec<String> {
    let max = (width / (size * CHAR_WIDTH)).floor().max(8.0) as usize;
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
            if needed > max && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            while line.chars().count() > max {
                let head: String = line.chars().take(max).collect();
                let tail: String = line.chars().skip(max).collect();
                lines.push(head);
                line = tail;
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// Draws the laid-out pages into a tagged PDF.
pub fn render(layout: &Layout, title: &str) -> Result<Vec<u8>, String> {
    let regular = Font::new(REGULAR_TTF.to_vec().into(), 0).ok_or("the regular font could not be read")?;
    let bold = Font::new(BOLD_TTF.to_vec().into(), 0).ok_or("the bold font could not be read")?;
    let mut document = Document::new();
    // The document's language, for screen readers: the language the report is written in.
    let language = crate::i18n::current().code().to_owned();
    document.set_metadata(Metadata::new().title(title.to_owned()).language(language).creator("BackTrack".to_owned()));
    // Each block's content identifiers, in drawing order; cells in rows are separate.
    let mut drawn: Vec<Vec<Identifier>> = vec![Vec::new(); layout.blocks.len()];
    let page_count = layout.pages.len();
    for (number, items) in layout.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(layout.width, layout.height).ok_or("bad page size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for item in items {
            let in_row = matches!(layout.blocks.get(item.block), Some(BlockKind::Row { .. }));
            let tag = match item.op {
                Op::Text { .. } => ContentTag::Span(SpanTag::empty()),
                // Table rules are decoration, not content.
                _ if in_row => ContentTag::Artifact(ArtifactType::Other),
                _ => ContentTag::Other,
            };
            let id = surface.start_tagged(tag);
            draw(&mut surface, &item.op, &regular, &bold);
            surface.end_tagged();
            if in_row && !matches!(item.op, Op::Text { .. }) {
                continue;
            }
            if let Some(slot) = drawn.get_mut(item.block) {
                slot.push(id);
            }
        }
        // The footer repeats on every page, so it is an artifact, not content, for screen readers.
        surface.start_tagged(ContentTag::Artifact(ArtifactType::Footer));
        let footer = Op::Text {
            x: MARGIN,
            y: layout.height - MARGIN / 2.0,
            size: 7.0,
            bold: false,
            color: GREY,
            text: crate::t!("report-footer", title = title, page = number + 1, pages = page_count),
        };
        draw(&mut surface, &footer, &regular, &bold);
        surface.end_tagged();
        surface.finish();
        page.finish();
    }
    document.set_tag_tree(tag_tree(&layout.blocks, drawn));
    document.finish().map_err(|e| format!("{e:?}"))
}

fn tag_tree(blocks: &[BlockKind], drawn: Vec<Vec<Identifier>>) -> TagTree {
    let mut tree = TagTree::new();
    let mut table: Option<(usize, TagGroup)> = None;
    for (kind, ids) in blocks.iter().zip(drawn) {
        if let BlockKind::Row { table: number, header } = kind {
            if table.as_ref().is_some_and(|(n, _)| n != number) {
                if let Some((_, group)) = table.take() {
                    tree.push(group);
                }
            }
            let (_, group) = table.get_or_insert_with(|| (*number, TagGroup::new(Tag::Table)));
            let mut row = TagGroup::new(Tag::TR);
            for id in ids {
                let mut cell = if *header { TagGroup::new(Tag::TH(krilla::tagging::TableHeaderScope::Column)) } else { TagGroup::new(Tag::TD) };
                cell.push(id);
                row.push(cell);
            }
            group.push(row);
            continue;
        }
        if let Some((_, group)) = table.take() {
            tree.push(group);
        }
        let mut group = match kind {
            BlockKind::Heading(level) => TagGroup::new(Tag::Hn(NonZeroU16::new(*level).unwrap_or(NonZeroU16::MIN), None)),
            BlockKind::Paragraph => TagGroup::new(Tag::P),
            BlockKind::Figure(alt) => TagGroup::new(Tag::Figure(Some(alt.clone()))),
            BlockKind::Row { .. } => TagGroup::new(Tag::TR),
        };
        for id in ids {
            group.push(id);
        }
        tree.push(group);
    }
    if let Some((_, group)) = table.take() {
        tree.push(group);
    }
    tree
}

fn color((r, g, b): Color) -> rgb::Color {
    rgb::Color::new(r, g, b)
}

fn fill(c: Color) -> Fill {
    Fill { paint: color(c).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

fn draw(surface: &mut Surface<'_>, op: &Op, regular: &Font, bold: &Font) {
    match op {
        Op::Text { x, y, size, bold: is_bold, color: c, text } => {
            surface.set_fill(Some(fill(*c)));
            surface.set_stroke(None);
            let font = if *is_bold { bold.clone() } else { regular.clone() };
            surface.draw_text(Point::from_xy(*x, *y), font, *size, text, false, TextDirection::Auto);
        }
        Op::Line { points, color: c, width } => {
            let mut builder = PathBuilder::new();
            for (i, (x, y)) in points.iter().enumerate() {
                if i == 0 {
                    builder.move_to(*x, *y);
                } else {
                    builder.line_to(*x, *y);
                }
            }
            if let Some(path) = builder.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke { paint: color(*c).into(), width: *width, ..Default::default() }));
                surface.draw_path(&path);
            }
        }
        Op::Rect { x, y, w, h, color: c } => {
            let mut builder = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                builder.push_rect(rect);
            }
            if let Some(path) = builder.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*c)));
                surface.draw_path(&path);
            }
        }
    }
}
