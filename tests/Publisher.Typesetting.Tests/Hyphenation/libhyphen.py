# Writes libhyphen-de.txt and libhyphen-en.txt: words as libhyphen (hnj_hyphen_hyphenate2, Debian's libhyphen0)
# hyphenates them with the pattern files the typesetter ships. Run from this folder: python3 libhyphen.py
import ctypes, pathlib, re

lib = ctypes.CDLL('libhyphen.so.0')
lib.hnj_hyphen_load.restype = ctypes.c_void_p
lib.hnj_hyphen_load.argtypes = [ctypes.c_char_p]
lib.hnj_hyphen_hyphenate2.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p,
    ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_void_p)]
here = pathlib.Path(__file__).resolve().parent
repo = here.parents[2]
patterns = repo / 'src/Publisher.Typesetting/Hyphenation/Patterns'

def hyphenate(dictionary, word, encoding):
    encoded = word.lower().encode(encoding)
    values = ctypes.create_string_buffer(len(encoded) + 5)
    rep, pos, cut = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
    lib.hnj_hyphen_hyphenate2(dictionary, encoded, len(encoded), values, None, ctypes.byref(rep), ctypes.byref(pos), ctypes.byref(cut))
    return ''.join(c + ('-' if i < len(word) - 1 and values.raw[i] & 1 else '') for i, c in enumerate(word))

def words_of(text, minimum=5):
    return {w for w in re.findall(r'[^\W\d_]+', text) if len(w) >= minimum}

def write(name, pattern_file, encoding, words, about):
    dictionary = lib.hnj_hyphen_load(str(patterns / pattern_file).encode())
    lines = [f'# {about}', f'# libhyphen hnj_hyphen_hyphenate2 over {pattern_file}; made by libhyphen.py, one word a line']
    lines += [hyphenate(dictionary, w, encoding) for w in sorted(words)]
    (here / name).write_text('\n'.join(lines) + '\n', encoding='utf-8')

# German: every 12th word of the compound level (its words are the file's own list of compounds), the digest
# review's words, and the German sample articles.
compound_level = (patterns / 'hyph_de_DE.dic').read_bytes().decode('latin-1').split('NEXTLEVEL')[0]
listed = [re.sub(r'[\d.]', '', line) for line in compound_level.splitlines() if re.fullmatch(r'[^\W_]+', line, re.UNICODE)]
german = {w for w in listed[::12] if w.isalpha() and len(w) >= 4}
german |= {'Mittwochabend', 'Grundstück', 'Grundstückskauf', 'Straßenecke', 'Fahrradverbände', 'Mauerbau', 'Dauerlösung',
           'Bezirksämter', 'Wochenrückblick', 'Rückblick', 'Spreeufer', 'Bezirksstadträtin', 'Reifenabrieb', 'Busspuren'}
for path in (repo / 'content').rglob('*'):
    if path.suffix in ('.md', '.txt') and path.name != 'README.md' and 'language: en' not in path.read_text(encoding='utf-8'):
        german |= words_of(path.read_text(encoding='utf-8'))
write('libhyphen-de.txt', 'hyph_de_DE.dic', 'latin-1', {w for w in german if all(ord(c) < 256 for c in w)},
      'German words, hyphenated as libhyphen does')
# English: the words of the README.
english = {w for w in words_of((repo / 'README.md').read_text(encoding='utf-8')) if w.isascii()}
write('libhyphen-en.txt', 'hyph_en_US.dic', 'utf-8', english, 'English words, hyphenated as libhyphen does')
