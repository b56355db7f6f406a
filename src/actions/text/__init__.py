"""Pure text handling: the normalised view, sentence and clause segmentation."""
