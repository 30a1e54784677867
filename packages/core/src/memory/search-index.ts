import { foldSearchText } from '../search-text';

const FIRST_CHAR = 33; // '!'
const CHAR_COUNT = 94; // '!' to '~'

function orCharBits(token: string, into: Uint32Array, offset: number): void {
  for (let i = 0; i < token.length; i++) {
    const char = token.charCodeAt(i) - FIRST_CHAR;
    if (char >= 0 && char < CHAR_COUNT) into[offset + (char >> 5)] = into[offset + (char >> 5)]! | (1 << (char & 31));
  }
}

/** Buckets of the trigram index: trigrams hash into them, a collision only adds candidates that are checked anyway. */
const TRIGRAM_BUCKETS = 1 << 17;

function trigramBucket(text: string, at: number): number {
  const hash = Math.imul(text.charCodeAt(at), 0x9e3779b1) ^ Math.imul(text.charCodeAt(at + 1), 0x85ebca77) ^ Math.imul(text.charCodeAt(at + 2), 0xc2b2ae3d);
  return (hash ^ (hash >>> 15)) & (TRIGRAM_BUCKETS - 1);
}

/** What `SearchIndex.match` found. */
export interface SearchMatch {
  marks: Int32Array;
  docs: number[] | null;
}

/**
 * Substring search over many small documents, answered without scanning every document.
 *
 * A document is split at whitespace into tokens. A search word has no whitespace, so it occurs in a document exactly
 * when it occurs inside one of the document's tokens. The distinct tokens (far fewer than documents × words) are
 * found from a trigram index (a word of one or two characters: from one newline-joined string that `indexOf` scans
 * in a few milliseconds); each matching token lists its documents.
 */
export class SearchIndex {
  private readonly tokenIds = new Map<string, number>();
  private readonly tokens: string[] = [];
  /** The documents of every sealed token, one after another: token `id` owns `flat[flatStarts[id]..flatStarts[id + 1])`. */
  private flat = new Int32Array(0);
  private flatStarts = new Int32Array(1);
  /** Documents added to a token since the last seal (all of them while building). */
  private open: (number[] | undefined)[] = [];
  private vocabulary = '';
  private tokenStarts = new Int32Array(0);
  /**
   * Which sealed tokens hold each trigram (by bucket, token IDs ascending): bucket `b`'s tokens are
   * `trigramTokens[trigramStarts[b]..trigramStarts[b + 1])`. A word of three or more characters is only in tokens
   * that hold all its trigrams, so the rarest one's list is all there is to check; no scan of the vocabulary.
   */
  private trigramTokens = new Int32Array(0);
  private trigramStarts = new Int32Array(0);
  /** Tokens [0, indexedTokens) are in `vocabulary`; newer ones are scanned one by one until the next rebuild. */
  private indexedTokens = 0;
  private hits = new Int32Array(0);
  /**
   * The transpose of the postings: document `doc`'s tokens are `docTokens[docStarts[doc]..docStarts[doc + 1])`, plus
   * `docExtra` for tokens added since the seal. A short word such as `e` is in most tokens, and walking the documents
   * with an early exit beats walking millions of postings.
   */
  private docTokens = new Int32Array(0);
  private docStarts = new Int32Array(1);
  private docExtra = new Map<number, number[]>();
  private sealedDocs = 0;
  private docCount = 0;
  private tokenMarks = new Uint8Array(0);
  /** Which printable ASCII characters each document has, 3 × 32 bits a document: a one-letter search reads only this. */
  private docChars = new Uint32Array(0);
  /**
   * Token IDs of texts seen while building. Conversations repeat a lot of text (greetings, canned answers), and a
   * repeated string hashes once, so this skips folding and splitting it again. Dropped by `seal`.
   */
  private textTokens = new Map<string, number[]>();

  /**
   * Adds the text of document `doc` (a ticket's index); may be called again with more text for the same document.
   * `repeats` hints that the same text is likely added for other documents too, so its tokens are remembered.
   */
  add(doc: number, text: string, repeats = false): void {
    const cached = repeats ? this.textTokens.get(text) : undefined;
    if (cached) {
      for (const id of cached) this.addDoc(id, doc);
      return;
    }
    const ids: number[] = [];
    const folded = foldSearchText(text);
    let start = -1;
    for (let i = 0; i <= folded.length; i++) {
      const code = i < folded.length ? folded.charCodeAt(i) : 32;
      const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11 || code === 160;
      if (!space) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        ids.push(this.addToken(doc, folded.slice(start, i)));
        start = -1;
      }
    }
    if (repeats && this.textTokens.size < 100_000 && text.length <= 1_000) this.textTokens.set(text, ids);
  }

  private addToken(doc: number, token: string): number {
    if (doc >= this.docCount) this.docCount = doc + 1;
    const id = this.tokenIds.get(token);
    if (id === undefined) {
      const created = this.tokens.length;
      this.tokenIds.set(token, created);
      this.tokens.push(token);
      this.open.push([doc]);
      this.addDocToken(doc, created);
      return created;
    }
    this.addDoc(id, doc);
    return id;
  }

  private addDocToken(doc: number, id: number): void {
    if (this.sealedDocs === 0) return; // the seal builds the transpose from the postings
    if (doc < this.sealedDocs) orCharBits(this.tokens[id]!, this.docChars, doc * 3);
    const extra = this.docExtra.get(doc);
    if (extra) extra.push(id);
    else this.docExtra.set(doc, [id]);
  }

  private addDoc(id: number, doc: number): void {
    if (doc >= this.docCount) this.docCount = doc + 1;
    this.addDocToken(doc, id);
    const list = this.open[id];
    if (list === undefined) this.open[id] = [doc];
    // Documents are added in order while building, so a repeat of the same token is the last entry. (A repeat that
    // slips through after sealing is harmless: matching counts each document once per word.)
    else if (list[list.length - 1] !== doc) list.push(doc);
  }

  /** Packs the postings and the vocabulary; call once after bulk `add`s. Searching also does it when needed. */
  seal(): void {
    this.textTokens = new Map();
    // One flat array instead of an array per token: 100,000 tickets have ~150,000 distinct tokens, most used once.
    const tokenCount = this.tokens.length;
    let size = this.flat.length;
    for (const list of this.open) size += list?.length ?? 0;
    const flat = new Int32Array(size);
    const flatStarts = new Int32Array(tokenCount + 1);
    let at = 0;
    for (let id = 0; id < tokenCount; id++) {
      flatStarts[id] = at;
      if (id < this.indexedTokens) {
        flat.set(this.flat.subarray(this.flatStarts[id]!, this.flatStarts[id + 1]!), at);
        at += this.flatStarts[id + 1]! - this.flatStarts[id]!;
      }
      const list = this.open[id];
      if (list) {
        for (let i = 0; i < list.length; i++) flat[at + i] = list[i]!;
        at += list.length;
      }
    }
    flatStarts[tokenCount] = at;
    this.flat = flat;
    this.flatStarts = flatStarts;
    this.open = new Array<number[] | undefined>(tokenCount).fill(undefined);
    this.vocabulary = '\n' + this.tokens.join('\n');
    const starts = new Int32Array(this.tokens.length + 1);
    let offset = 1;
    for (let id = 0; id < this.tokens.length; id++) {
      starts[id] = offset;
      offset += this.tokens[id]!.length + 1;
    }
    starts[this.tokens.length] = offset;
    this.tokenStarts = starts;
    this.indexedTokens = this.tokens.length;
    this.buildTrigrams();
    this.buildTranspose();
  }

  private buildTrigrams(): void {
    // Two passes over the tokens (count, then fill) into one flat array.
    const starts = new Int32Array(TRIGRAM_BUCKETS + 1);
    this.forEachTrigramBucket((_, bucket) => starts[bucket + 1]!++);
    for (let bucket = 0; bucket < TRIGRAM_BUCKETS; bucket++) starts[bucket + 1]! += starts[bucket]!;
    const list = new Int32Array(starts[TRIGRAM_BUCKETS]!);
    const cursor = starts.slice(0, TRIGRAM_BUCKETS);
    this.forEachTrigramBucket((id, bucket) => (list[cursor[bucket]!++] = id));
    this.trigramTokens = list;
    this.trigramStarts = starts;
  }

  /** Calls `visit` with each token and the bucket of each of its trigrams, once per token and bucket, in token order. */
  private forEachTrigramBucket(visit: (id: number, bucket: number) => void): void {
    const { tokens } = this;
    const last = new Int32Array(TRIGRAM_BUCKETS).fill(-1);
    for (let id = 0; id < tokens.length; id++) {
      const token = tokens[id]!;
      for (let at = 0; at + 3 <= token.length; at++) {
        const bucket = trigramBucket(token, at);
        if (last[bucket] === id) continue;
        last[bucket] = id;
        visit(id, bucket);
      }
    }
  }

  private buildTranspose(): void {
    const docCount = this.docCount;
    const { flat, flatStarts } = this;
    const docStarts = new Int32Array(docCount + 1);
    for (let i = 0; i < flat.length; i++) docStarts[flat[i]! + 1]!++;
    for (let doc = 0; doc < docCount; doc++) docStarts[doc + 1]! += docStarts[doc]!;
    const cursor = docStarts.slice(0, docCount);
    const docTokens = new Int32Array(flat.length);
    for (let id = 0; id < this.indexedTokens; id++) {
      for (let i = flatStarts[id]!, end = flatStarts[id + 1]!; i < end; i++) docTokens[cursor[flat[i]!]!++] = id;
    }
    this.docTokens = docTokens;
    this.docStarts = docStarts;
    this.docExtra = new Map();
    this.sealedDocs = Math.max(1, docCount);
    this.tokenMarks = new Uint8Array(this.tokens.length);
    const tokenChars = new Uint32Array(this.indexedTokens * 3);
    for (let id = 0; id < this.indexedTokens; id++) orCharBits(this.tokens[id]!, tokenChars, id * 3);
    const docChars = new Uint32Array(this.sealedDocs * 3);
    for (let doc = 0; doc < docCount; doc++) {
      for (let i = docStarts[doc]!, end = docStarts[doc + 1]!; i < end; i++) {
        const at = docTokens[i]! * 3;
        docChars[doc * 3] = docChars[doc * 3]! | tokenChars[at]!;
        docChars[doc * 3 + 1] = docChars[doc * 3 + 1]! | tokenChars[at + 1]!;
        docChars[doc * 3 + 2] = docChars[doc * 3 + 2]! | tokenChars[at + 2]!;
      }
    }
    this.docChars = docChars;
  }

  /** The IDs of the tokens that contain `word`, and how many documents they list in all. */
  private matchingTokens(word: string): { ids: number[]; size: number } {
    const ids: number[] = [];
    let size = 0;
    const flatStarts = this.flatStarts;
    if (word.length >= 3 && this.trigramStarts.length > 0) {
      // The candidates are the tokens of the word's rarest trigram (its smallest bucket).
      let from = 0;
      let to = Infinity;
      for (let at = 0; at + 3 <= word.length; at++) {
        const bucket = trigramBucket(word, at);
        const begin = this.trigramStarts[bucket]!;
        const end = this.trigramStarts[bucket + 1]!;
        if (end - begin < to - from) {
          from = begin;
          to = end;
        }
      }
      const candidates = this.trigramTokens;
      for (let i = from; i < to; i++) {
        const id = candidates[i]!;
        if (!this.tokens[id]!.includes(word)) continue;
        ids.push(id);
        size += flatStarts[id + 1]! - flatStarts[id]! + (this.open[id]?.length ?? 0);
      }
    } else {
      this.scanVocabulary(word, (id) => {
        ids.push(id);
        size += flatStarts[id + 1]! - flatStarts[id]! + (this.open[id]?.length ?? 0);
      });
    }
    for (let id = this.indexedTokens; id < this.tokens.length; id++) {
      if (this.tokens[id]!.includes(word)) {
        ids.push(id);
        size += this.open[id]!.length;
      }
    }
    return { ids, size };
  }

  /** Calls `found` with every sealed token that contains `word`, in ID order, from one pass over the vocabulary. */
  private scanVocabulary(word: string, found: (id: number) => void): void {
    const starts = this.tokenStarts;
    let token = 0;
    let from = 0;
    for (;;) {
      const at = this.vocabulary.indexOf(word, from);
      if (at < 0) break;
      // Matches come in increasing order, so the token cursor only moves forward.
      while (starts[token + 1]! <= at) token++;
      found(token);
      from = starts[token + 1]!; // one hit per token is enough
    }
  }

  /** Calls `visit` with every document of token `id`, sealed ones first. */
  private forEachDoc(id: number, visit: (doc: number) => void): void {
    if (id < this.indexedTokens) {
      const flat = this.flat;
      for (let i = this.flatStarts[id]!, end = this.flatStarts[id + 1]!; i < end; i++) visit(flat[i]!);
    }
    const added = this.open[id];
    if (added) for (let i = 0; i < added.length; i++) visit(added[i]!);
  }

  /** Promotes from `k` to `k + 1` the documents with `hits === k` that have one of the tokens `ids`. */
  private promoteByDocs(ids: number[], k: number, docCount: number): void {
    if (this.tokenMarks.length < this.tokens.length) this.tokenMarks = new Uint8Array(this.tokens.length * 2);
    const marks = this.tokenMarks;
    for (const id of ids) marks[id] = 1;
    const { hits, docTokens, docStarts } = this;
    const sealedDocs = Math.min(docCount, docStarts.length - 1);
    for (let doc = 0; doc < docCount; doc++) {
      if (hits[doc] !== k) continue;
      let found = false;
      if (doc < sealedDocs) {
        for (let i = docStarts[doc]!, end = docStarts[doc + 1]!; i < end; i++) {
          if (marks[docTokens[i]!] === 1) {
            found = true;
            break;
          }
        }
      }
      if (!found) found = this.docExtra.get(doc)?.some((id) => marks[id] === 1) ?? false;
      if (found) hits[doc] = k + 1;
    }
    for (const id of ids) marks[id] = 0;
  }

  /**
   * The documents that contain every word, or `null` when none does. Either `marks`, an array where
   * `marks[doc] === words.length` for a match (reused by the next call), or, when the rarest word is rare, also
   * `docs`, the matching documents themselves, so the caller can sort a few instead of walking all of them.
   */
  match(words: readonly string[], docCount: number, listBelow = 0): SearchMatch | null {
    if (this.tokens.length - this.indexedTokens > 2_000 || this.docCount > this.sealedDocs) this.seal();
    const perWord = words.map((word) => {
      const char = word.length === 1 ? word.charCodeAt(0) - FIRST_CHAR : -1;
      // One printable character: answered from the per-document character bits, no vocabulary scan.
      if (char >= 0 && char < CHAR_COUNT) return { ids: [], size: docCount, char };
      return { ...this.matchingTokens(word), char: -1 };
    });
    if (perWord.some((entry) => entry.size === 0)) return null;
    // Rarest word first: later words only promote documents that every earlier word reached.
    perWord.sort((a, b) => a.size - b.size);
    if (this.hits.length < docCount) this.hits = new Int32Array(docCount);
    const hits = this.hits;
    hits.fill(0);
    const flat = this.flat;
    const flatStarts = this.flatStarts;
    for (let k = 0; k < perWord.length; k++) {
      // Walking the documents costs up to every token of every document; only worth it for very common words.
      if (perWord[k]!.char >= 0) {
        const word = perWord[k]!.char >> 5;
        const bit = 1 << (perWord[k]!.char & 31);
        const docChars = this.docChars;
        for (let doc = 0; doc < docCount; doc++) {
          if (hits[doc] === k && (docChars[doc * 3 + word]! & bit) !== 0) hits[doc] = k + 1;
        }
        continue;
      }
      if (perWord[k]!.size > docCount * 8) {
        this.promoteByDocs(perWord[k]!.ids, k, docCount);
        continue;
      }
      const promote = (doc: number): void => {
        if (hits[doc] === k) hits[doc] = k + 1;
      };
      for (const id of perWord[k]!.ids) {
        if (id < this.indexedTokens) {
          // The hot loop, written out instead of calling forEachDoc.
          for (let i = flatStarts[id]!, end = flatStarts[id + 1]!; i < end; i++) {
            const doc = flat[i]!;
            if (hits[doc] === k) hits[doc] = k + 1;
          }
          const added = this.open[id];
          if (added) added.forEach(promote);
        } else this.forEachDoc(id, promote);
      }
    }
    if (perWord[0]!.size >= listBelow || perWord[0]!.char >= 0) return { marks: hits, docs: null };
    const wanted = perWord.length;
    const docs: number[] = [];
    for (const id of perWord[0]!.ids) {
      this.forEachDoc(id, (doc) => {
        if (hits[doc] === wanted) {
          docs.push(doc);
          hits[doc] = -1; // collected once; the marks are not used on this path
        }
      });
    }
    return docs.length === 0 ? null : { marks: hits, docs };
  }
}
