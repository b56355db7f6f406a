"""Text handling: reading sources, the normalised view, sentence and clause segmentation."""
