// SPDX-License-Identifier: Apache-2.0
//
// Weft's tokens: Python 3.11's lexical structure. The soft keywords (`match`, `case`, and Weft's
// `spawn`) are lexed as NAMEs; WeftLexerBase retypes one to MATCH, CASE or SPAWN where only the
// keyword reading fits (see SoftKeywords).
// INDENT, DEDENT and the logical NEWLINE are produced by WeftLexerBase, which also joins lines
// inside brackets and turns the error tokens at the end of this file into SyntaxErrors.
lexer grammar WeftLexer;

options { superClass = WeftLexerBase; }

tokens { INDENT, DEDENT, SPAWN, MATCH, CASE }

// --- Keywords (Python 3.11's hard keywords) ----------------------------------------------------
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// --- Line structure ---------------------------------------------------------------------------
// A physical line end. The base class drops it inside brackets and after blank lines, and
// otherwise passes it on as the logical NEWLINE. The front end turns \r\n and \r into \n.
NEWLINE : '\n';

// --- Literals ---------------------------------------------------------------------------------
// String and bytes literals, every prefix in any case, f-strings included: an f-string is one
// token, as in CPython 3.11, and the AST builder splits its replacement fields.
STRING
    : STRING_PREFIX? ( SHORT_STRING_SQ | SHORT_STRING_DQ | LONG_STRING_SQ | LONG_STRING_DQ )
    ;

// Integer, floating point and imaginary literals; which kind is decided by the AST builder.
NUMBER
    : INTEGER
    | FLOAT_NUMBER
    | IMAG_NUMBER
    ;

// Identifiers: a letter or underscore, then letters, digits, underscores (Unicode XID classes).
NAME : ID_START ID_CONTINUE*;

// --- Operators and delimiters -----------------------------------------------------------------
ELLIPSIS      : '...';
DOT           : '.';
STAR          : '*';
LPAR          : '(';
RPAR          : ')';
COMMA         : ',';
COLON         : ':';
SEMI          : ';';
POWER         : '**';
ASSIGN        : '=';
LSQB          : '[';
RSQB          : ']';
VBAR          : '|';
CIRCUMFLEX    : '^';
AMPER         : '&';
LSHIFT        : '<<';
RSHIFT        : '>>';
PLUS          : '+';
MINUS         : '-';
SLASH         : '/';
DOUBLESLASH   : '//';
PERCENT       : '%';
TILDE         : '~';
LBRACE        : '{';
RBRACE        : '}';
LT            : '<';
GT            : '>';
EQEQUAL       : '==';
NOTEQUAL      : '!=';
LE            : '<=';
GE            : '>=';
AT            : '@';
ARROW         : '->';
WALRUS        : ':=';
PLUSEQUAL     : '+=';
MINEQUAL      : '-=';
STAREQUAL     : '*=';
SLASHEQUAL    : '/=';
DOUBLESLASHEQUAL : '//=';
PERCENTEQUAL  : '%=';
ATEQUAL       : '@=';
AMPEREQUAL    : '&=';
VBAREQUAL     : '|=';
CIRCUMFLEXEQUAL : '^=';
LSHIFTEQUAL   : '<<=';
RSHIFTEQUAL   : '>>=';
DOUBLESTAREQUAL : '**=';

// --- Skipped text -----------------------------------------------------------------------------
// Spaces, tabs and form feeds between tokens; indentation is measured by the base class from
// the characters themselves, so these never reach the parser.
WHITESPACE : [ \t\f]+ -> skip;

// A comment runs to the end of the physical line.
COMMENT : '#' ~[\n]* -> skip;

// Explicit line joining: a backslash immediately followed by a line end.
LINE_CONTINUATION : '\\' '\n' -> skip;

// --- Error tokens (the base class reports them) -----------------------------------------------
// A single-quoted string cut off by a line end or the end of the input.
UNTERMINATED_STRING
    : STRING_PREFIX? ( '\'' ( ~['\\\n] | ESCAPE_SEQ )* | '"' ( ~["\\\n] | ESCAPE_SEQ )* )
    ;

// A triple-quoted string cut off by the end of the input.
UNTERMINATED_LONG_STRING
    : STRING_PREFIX? ( '\'\'\'' OPEN_BODY_SQ* | '"""' OPEN_BODY_DQ* )
    ;

// Any other character: stray ASCII punctuation becomes "invalid syntax", anything else
// "invalid character".
ERROR_CHAR : .;

// --- Fragments --------------------------------------------------------------------------------
fragment STRING_PREFIX
    : [rRuUfFbB]
    | [rR] [bBfF]
    | [bBfF] [rR]
    ;

fragment SHORT_STRING_SQ : '\'' ( ~['\\\n] | ESCAPE_SEQ )* '\'';
fragment SHORT_STRING_DQ : '"' ( ~["\\\n] | ESCAPE_SEQ )* '"';
fragment LONG_STRING_SQ  : '\'\'\'' LONG_BODY_SQ*? '\'\'\'';
fragment LONG_STRING_DQ  : '"""' LONG_BODY_DQ*? '"""';
fragment LONG_BODY_SQ    : ~'\\' | ESCAPE_SEQ;
fragment LONG_BODY_DQ    : ~'\\' | ESCAPE_SEQ;

// The body of an unterminated triple-quoted string: it never contains its closing quotes, so a
// terminated string is always the longer match.
fragment OPEN_BODY_SQ : ( '\'' | '\'\'' )? ( ~['\\] | ESCAPE_SEQ );
fragment OPEN_BODY_DQ : ( '"' | '""' )? ( ~["\\] | ESCAPE_SEQ );

// A backslash and the character it protects (a line end too: that is a continuation).
fragment ESCAPE_SEQ : '\\' .;

fragment INTEGER     : DEC_INTEGER | BIN_INTEGER | OCT_INTEGER | HEX_INTEGER;
fragment DEC_INTEGER : [1-9] ( '_'? DIGIT )* | '0'+ ( '_'? '0' )*;
fragment BIN_INTEGER : '0' [bB] ( '_'? [01] )+;
fragment OCT_INTEGER : '0' [oO] ( '_'? [0-7] )+;
fragment HEX_INTEGER : '0' [xX] ( '_'? [0-9a-fA-F] )+;

fragment FLOAT_NUMBER   : POINT_FLOAT | EXPONENT_FLOAT;
fragment POINT_FLOAT    : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.';
fragment EXPONENT_FLOAT : ( DIGIT_PART | POINT_FLOAT ) [eE] [+-]? DIGIT_PART;
fragment IMAG_NUMBER    : ( FLOAT_NUMBER | DIGIT_PART ) [jJ];
fragment DIGIT_PART     : DIGIT ( '_'? DIGIT )*;
fragment DIGIT          : [0-9];

// Any non-ASCII character may be part of a NAME here: WeftLexerBase checks the XID classes,
// which keeps the lexer's tables small (they are loaded at every start).
fragment ID_START    : [_a-zA-Z\u0080-\uFFFF];
fragment ID_CONTINUE : [_a-zA-Z0-9\u0080-\uFFFF];
