/// The most frequent function words of the Latin- and Cyrillic-script UN
/// languages, for the stop-word density of a block: running prose is full
/// of them, menus and labels have almost none (the measure jusText uses).
///
/// The lists are short on purpose (the density, not the vocabulary,
/// matters) and were written for this project from ordinary grammar.
enum HTMLStopWords {
  static let words: Set<String> = [
    // English
    "the", "of", "and", "to", "in", "a", "an", "is", "are", "be", "by", "for", "on", "with", "as",
    "that", "this", "which", "its", "it", "at", "from", "or", "not", "all", "shall", "their",
    "has", "have", "been", "other", "such", "any", "into", "these", "those", "was", "were", "will",
    // French
    "le", "la", "les", "des", "de", "du", "et", "en", "un", "une", "dans", "par", "pour", "sur",
    "au", "aux", "est", "sont", "qui", "que", "ou", "ses", "leur", "leurs", "doit", "ne", "pas",
    // Spanish
    "el", "los", "las", "y", "del", "al", "con", "por", "para", "su", "sus", "es", "son",
    "se", "lo", "una", "o", "como", "entre", "sobre",
    // Russian
    "и", "в", "на", "с", "по", "для", "не", "что", "к", "из", "о", "от", "или", "его", "их",
    "а", "как", "это", "за", "при", "все", "быть",
    // Arabic
    "في", "من", "على", "إلى", "أن", "التي", "الذي", "عن", "و", "أو", "مع", "هذا", "هذه",
  ]
}
