"""The grammar of question-making: finding clauses in a parse (``clauses``), checking
the parse where a question would show its mistakes (``parse_checks``), putting a clause
into question word order (``word_order``), cutting out answer phrases (``answers``) and
finding wrong options of the answer's own kind (``distractors``, ``frequency_words``).

The generators of each kind of item use these; the words they need come from the
language's ``Grammar`` (``quizgen.lang``).
"""
