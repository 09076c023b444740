#ifndef LEXICONDATA_H
#define LEXICONDATA_H

/// The name of the resource bundle SwiftPM builds from this target and
/// installs beside the executable: the directory that holds
/// `cedict-lexicon.bin` and `CEDICT-LICENSE.txt`.
///
/// The lexicon is a C target's resource, not the Alignment module's, so that
/// no Swift module of the executable imports Foundation: SwiftPM's generated
/// `Bundle.module` accessor of a Swift target with resources does.
const char *lexicondata_bundle_name(void);

#endif
