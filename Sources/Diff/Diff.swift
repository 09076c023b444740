// The `Diff` module: what changed between two revisions of a document.
//
// Data flows left to right:
//
// - `Myers` finds the shortest edit script between any two random-access
//   collections under a caller-supplied equivalence (`[EditRun]`).
// - `Tokenizer` cuts a paragraph into words, numbers, symbols, Han
//   characters, spaces and punctuation; `WordDiff` diffs two paragraphs on
//   those tokens and cleans the result up for reading (`[Edit]`).
// - `ParagraphMatcher` pairs the paragraphs of two `Document`s (in order,
//   then moves, splits and merges) and `DocumentDiff` turns the pairs into
//   one `Change` per group of paragraphs, with word edits for the modified
//   ones.
// - `DiffTextRenderer`, `DiffMarkdownRenderer` and `jsonData` write a diff
//   for `align diff`. Change reports are the `Report` module's.
//
// Nothing here prints or reads files. Segmentation is injected into
// `Tokenizer`; the default for documents (`WordDiff.Options.forLanguage`,
// `Tokenizer.words(in:)`) is ICU's dictionary word break, reached only
// through the `Alignment` module's `Segmenter`: this module includes no ICU
// header and calls no ICU function itself. It loads no lexicon.
