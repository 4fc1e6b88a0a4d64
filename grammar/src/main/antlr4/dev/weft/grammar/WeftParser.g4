// SPDX-License-Identifier: Apache-2.0
//
// Weft's syntax: Python 3.11's statements and expressions (without type parameters) plus the
// prefix expression `spawn` (a soft keyword, as `match` and `case` are: the lexer base decides
// where SPAWN, MATCH and CASE are). The rules follow CPython's grammar in meaning but are
// factored so that one token of lookahead nearly always decides (SLL prediction succeeds), and
// some are deliberately a little wider than Python's: the AST builder rejects what CPython
// rejects there (assignment targets, parameter order, argument order, patterns) with CPython's
// messages.
parser grammar WeftParser;

options { tokenVocab = WeftLexer; }

// ---- Entry points ----------------------------------------------------------------------------

/// file: [statements] ENDMARKER
file_input : stmt* EOF;

/// eval: expressions NEWLINE* ENDMARKER  (the input of eval())
eval_input : expressions NEWLINE* EOF;

/// The inside of an f-string replacement field, which CPython 3.11 compiles as `(text)`.
fstring_field : ( yield_expr | star_named_expressions ) EOF;

// ---- Statements ------------------------------------------------------------------------------

/// statement: compound_stmt | simple_stmts
stmt : compound_stmt | simple_stmts;

/// simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
simple_stmts : simple_stmt ( SEMI simple_stmt )* SEMI? NEWLINE;

/// simple_stmt: the statements that fit on one logical line.
simple_stmt
    : expr_stmt                                                 # exprStmt
    | RETURN star_expressions?                                  # returnStmt
    | IMPORT dotted_as_name ( COMMA dotted_as_name )*           # importStmt
    | FROM import_dot* dotted_name? IMPORT import_targets       # fromImportStmt
    | RAISE ( test ( FROM test )? )?                            # raiseStmt
    | PASS                                                      # passStmt
    | DEL target_list                                           # delStmt
    | BREAK                                                     # breakStmt
    | CONTINUE                                                  # continueStmt
    | GLOBAL NAME ( COMMA NAME )*                               # globalStmt
    | NONLOCAL NAME ( COMMA NAME )*                             # nonlocalStmt
    | ASSERT test ( COMMA test )?                               # assertStmt
    ;

/// Expression statements and all assignments: `e`, `t = e`, `t1 = t2 = e`, `t op= e`,
/// `t: ann = e`. Targets are parsed as expressions and checked by the AST builder.
expr_stmt : assign_value ( annotation | augassign assign_value | ( ASSIGN assign_value )+ )?;

/// The right-hand side of an assignment: annotated_rhs: yield_expr | star_expressions
assign_value : yield_expr | star_expressions;

/// ':' expression ['=' annotated_rhs]
annotation : COLON test ( ASSIGN assign_value )?;

/// augassign: the 13 augmented assignment operators.
augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL
    | VBAREQUAL | CIRCUMFLEXEQUAL | LSHIFTEQUAL | RSHIFTEQUAL | DOUBLESTAREQUAL
    | DOUBLESLASHEQUAL
    ;

/// The leading dots of a relative import (`...` is one token worth three dots).
import_dot : DOT | ELLIPSIS;

/// dotted_as_name: dotted_name ['as' NAME]
dotted_as_name : dotted_name ( AS NAME )?;

/// dotted_name: NAME ('.' NAME)*
dotted_name : NAME ( DOT NAME )*;

/// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names | '*'
/// (a trailing comma without parentheses is rejected by the AST builder, in CPython's words)
import_targets
    : STAR
    | LPAR import_as_name ( COMMA import_as_name )* COMMA? RPAR
    | import_as_name ( COMMA import_as_name )* COMMA?
    ;

/// import_from_as_name: NAME ['as' NAME]
import_as_name : NAME ( AS NAME )?;

/// compound_stmt: the statements that own blocks.
compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | match_stmt
    ;

/// block: NEWLINE INDENT statements DEDENT | simple_stmts
block : NEWLINE INDENT stmt+ DEDENT | simple_stmts;

/// if_stmt: 'if' named_expression ':' block elif_stmt* [else_block]
if_stmt : IF namedexpr_test COLON block elif_clause* else_clause?;

/// 'elif' named_expression ':' block
elif_clause : ELIF namedexpr_test COLON block;

/// else_block: 'else' ':' block
else_clause : ELSE COLON block;

/// while_stmt: 'while' named_expression ':' block [else_block]
while_stmt : WHILE namedexpr_test COLON block else_clause?;

/// for_stmt: [ASYNC] 'for' star_targets 'in' star_expressions ':' block [else_block]
for_stmt : ASYNC? FOR target_list IN star_expressions COLON block else_clause?;

/// try_stmt: 'try' ':' block (except_block+ [else_block] [finally_block] | finally_block)
try_stmt
    : TRY COLON block ( except_clause+ else_clause? finally_clause? | finally_clause )
    ;

/// except_block: 'except' [expression ['as' NAME]] ':' block  (`except A, B:` is parsed so
/// that the AST builder can say "multiple exception types must be parenthesized")
/// except_star_block: 'except' '*' expression ['as' NAME] ':' block  (a missing type, and
/// `except` mixed with `except*`, are the AST builder's errors)
except_clause : EXCEPT STAR? ( test ( COMMA test )* ( AS NAME )? )? COLON block;

/// finally_block: 'finally' ':' block
finally_clause : FINALLY COLON block;

/// with_stmt: [ASYNC] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block
/// The parenthesised form comes first, as in CPython: `with (a, b):` has two items.
with_stmt
    : ASYNC? WITH ( LPAR with_item ( COMMA with_item )* COMMA? RPAR
                  | with_item ( COMMA with_item )* ) COLON block
    ;

/// with_item: expression ['as' star_target]
with_item : test ( AS star_target )?;

/// decorators (class_def | function_def); a decorator is any named expression (PEP 614)
decorated : decorator+ ( classdef | funcdef );

/// '@' named_expression NEWLINE
decorator : AT namedexpr_test NEWLINE;

/// function_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' block
funcdef : ASYNC? DEF NAME LPAR param_list? RPAR ( ARROW test )? COLON block;

/// params: any sequence of parameters; their order is checked by the AST builder.
param_list : param ( COMMA param )* COMMA?;

/// One parameter: `/`, bare `*`, or `[*|**] NAME [: annotation] [= default]`.
param
    : SLASH
    | STAR
    | ( STAR | POWER )? NAME ( COLON test )? ( ASSIGN test )?
    ;

/// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
classdef : CLASS NAME ( LPAR arglist? RPAR )? COLON block;

// ---- The match statement (PEP 634) ------------------------------------------------------------
// `match` and `case` are soft keywords: WeftLexerBase's SoftKeywords retypes the NAME to MATCH or
// CASE only where the line can be nothing else. The pattern rules are a little wider than
// CPython's (a tuple subject may hold a bare star, a group may hold a star pattern); the AST
// builder rejects the rest with CPython's messages.

/// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
match_stmt : MATCH star_named_expressions COLON NEWLINE INDENT case_block+ DEDENT;

/// case_block: "case" patterns guard? ':' block   (guard: 'if' named_expression)
case_block : CASE patterns ( IF namedexpr_test )? COLON block;

/// patterns: open_sequence_pattern | pattern  (a tuple when there is a comma)
patterns : star_pattern ( COMMA star_pattern )* COMMA?;

/// maybe_star_pattern: star_pattern | pattern
star_pattern : STAR NAME | pattern;

/// pattern: as_pattern | or_pattern
pattern : or_pattern ( AS NAME )?;

/// or_pattern: '|'.closed_pattern+
or_pattern : closed_pattern ( VBAR closed_pattern )*;

/// closed_pattern: literal, capture, wildcard, value, group, sequence, mapping and class patterns.
closed_pattern
    : number_pattern                                        # numberPattern
    | STRING+                                               # stringPattern
    | NONE                                                  # nonePattern
    | TRUE                                                  # truePattern
    | FALSE                                                 # falsePattern
    | NAME ( DOT NAME )* ( LPAR pattern_args? RPAR )?       # namePattern
    | LPAR ( star_pattern ( COMMA star_pattern )* COMMA? )? RPAR   # groupPattern
    | LSQB ( star_pattern ( COMMA star_pattern )* COMMA? )? RSQB   # listPattern
    | LBRACE ( mapping_item ( COMMA mapping_item )* COMMA? )? RBRACE # mappingPattern
    ;

/// signed_number ['+' | '-' NUMBER]: a number, or a complex literal such as -1+2j
number_pattern : MINUS? NUMBER ( ( PLUS | MINUS ) NUMBER )?;

/// key_value_pattern | double_star_pattern
mapping_item : POWER NAME | mapping_key COLON pattern;

/// A mapping key: a literal or a value pattern (a dotted name).
mapping_key : number_pattern | STRING+ | NONE | TRUE | FALSE | NAME ( DOT NAME )+;

/// The arguments of a class pattern; their order is checked by the AST builder.
pattern_args : pattern_arg ( COMMA pattern_arg )* COMMA?;

/// A positional pattern, or `name=pattern`.
pattern_arg : NAME ASSIGN pattern | pattern;

// ---- Expressions -----------------------------------------------------------------------------

/// star_expressions: star_expression (',' star_expression)* [',']  (a tuple when a comma)
star_expressions : star_expression ( COMMA star_expression )* COMMA?;

/// star_expression: '*' bitwise_or | expression
star_expression : STAR expr | test;

/// star_named_expressions: ','.star_named_expression+ [',']
star_named_expressions : star_named_expression ( COMMA star_named_expression )* COMMA?;

/// star_named_expression: '*' bitwise_or | named_expression
star_named_expression : STAR expr | namedexpr_test;

/// expressions: expression (',' expression)* [',']
expressions : test ( COMMA test )* COMMA?;

/// named_expression: NAME ':=' expression | expression  (the target is checked by the builder)
namedexpr_test : test ( WALRUS test )?;

/// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
test
    : disjunction ( IF disjunction ELSE test )?
    | lambdef
    ;

/// lambdef: 'lambda' [lambda_params] ':' expression
lambdef : LAMBDA lambda_param_list? COLON test;

/// lambda_params: as a function's, without annotations.
lambda_param_list : lambda_param ( COMMA lambda_param )* COMMA?;

lambda_param
    : SLASH
    | STAR
    | ( STAR | POWER )? NAME ( ASSIGN test )?
    ;

/// disjunction: conjunction ('or' conjunction)*
disjunction : conjunction ( OR conjunction )*;

/// conjunction: inversion ('and' inversion)*
conjunction : inversion ( AND inversion )*;

/// inversion: 'not' inversion | comparison
inversion : NOT inversion | comparison;

/// comparison: bitwise_or (compare_op bitwise_or)*  (chained: a < b < c)
comparison : expr ( comp_op expr )*;

/// The ten comparison operators, `not in` and `is not` being two tokens each.
comp_op : LT | GT | EQEQUAL | GE | LE | NOTEQUAL | IN | NOT IN | IS | IS NOT;

/// bitwise_or down to primary, in CPython's precedence order (tightest first): attribute,
/// call and subscript; await and spawn (prefix, applied to a primary); `**` (right
/// associative, its right operand may be unary: 2**-1); unary + - ~ (so -2**2 == -4);
/// * @ / // %; + -; << >>; &; ^; |.
expr
    : expr DOT NAME                                                 # attribute
    | expr LPAR arglist? RPAR                                       # call
    | expr LSQB slices RSQB                                         # subscript
    | AWAIT expr                                                    # await
    | SPAWN expr                                                    # spawn
    | <assoc = right> expr POWER expr                               # power
    | op = ( PLUS | MINUS | TILDE ) expr                             # unary
    | expr op = ( STAR | AT | SLASH | DOUBLESLASH | PERCENT ) expr   # term
    | expr op = ( PLUS | MINUS ) expr                               # sum
    | expr op = ( LSHIFT | RSHIFT ) expr                            # shift
    | expr AMPER expr                                               # bitand
    | expr CIRCUMFLEX expr                                          # bitxor
    | expr VBAR expr                                                # bitor
    | atom                                                          # atomExpr
    ;

/// atom: names, literals, displays, comprehensions, groups and generator expressions.
atom
    : LPAR ( yield_expr | testlist_comp )? RPAR     # parenAtom
    | LSQB testlist_comp? RSQB                      # listAtom
    | LBRACE dict_or_set? RBRACE                    # braceAtom
    | NAME                                          # nameAtom
    | NUMBER                                        # numberAtom
    | STRING+                                       # stringAtom
    | ELLIPSIS                                      # ellipsisAtom
    | NONE                                          # noneAtom
    | TRUE                                          # trueAtom
    | FALSE                                         # falseAtom
    ;

/// The inside of ( ) or [ ]: a comprehension, or elements separated by commas.
testlist_comp : star_named_expression ( comp_for+ | ( COMMA star_named_expression )* COMMA? );

/// The inside of { }: a dict or set display or comprehension (mixing is rejected later).
dict_or_set : dict_or_set_item ( comp_for+ | ( COMMA dict_or_set_item )* COMMA? );

/// kvpair: expression ':' expression | '**' bitwise_or | a set element.
dict_or_set_item : star_named_expression ( COLON test )? | POWER expr;

/// for_if_clause: [ASYNC] 'for' star_targets 'in' disjunction ('if' disjunction)*
comp_for : ASYNC? FOR target_list IN disjunction ( IF disjunction )*;

/// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
yield_expr : YIELD ( FROM test | star_expressions )?;

/// slices: slice | ','.(slice | starred_expression)+ [',']
slices : slice ( COMMA slice )* COMMA?;

/// slice: [expression] ':' [expression] [':' [expression]] | named_expression | '*' expr
slice
    : STAR expr
    | namedexpr_test slice_bounds?
    | slice_bounds
    ;

/// The `:upper:step` part of a slice.
slice_bounds : COLON test? ( COLON test? )?;

/// arguments: positional, `*args`, keyword and `**kwargs` in any order (the builder checks
/// the order), or a generator expression.
arglist : argument ( COMMA argument )* COMMA?;

/// One argument: `e`, `e for ...`, `name=e`, `*e`, `**e`.
argument
    : namedexpr_test ( comp_for+ | ASSIGN test )?
    | STAR test
    | POWER test
    ;

/// star_targets for `for`, `del` and comprehensions: bitwise_or-level expressions so that
/// `in` ends them; the AST builder checks that each is assignable.
target_list : star_target ( COMMA star_target )* COMMA?;

/// star_target: ['*'] target
star_target : STAR? expr;
