"""Language data: the vocabulary and number words the rules of each language are written with."""
