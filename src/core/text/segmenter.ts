/** A word with its UTF-16 offsets inside the text that was cut. */
export interface Token {
  word: string;
  start: number;
  end: number;
  /** Part-of-speech tag when the segmenter was asked to tag (jieba's tag set). */
  tag?: string;
}

/**
 * Word segmentation, injected into the core. The core never loads a dictionary itself:
 * nodejieba lives in the CLI process or the extension's worker thread; unit tests use fakes.
 */
export interface Segmenter {
  cut(text: string): Token[];
  tag?(text: string): Token[];
}
