#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""CPython 3.11 as the oracle for Weft's parser tests.

    cpython_oracle.py ast FILE...        print CPython's AST of each file in AstPrinter's format,
                                         to diff against Weft's (grammar/src/test/resources/ast)
    cpython_oracle.py errors [CASES]     check the syntax-error cases not marked [weft] against
                                         python3 (default: the test resource); exit 1 on a miss

Differences to expect in `ast`: CPython's columns count UTF-8 bytes, Weft's UTF-16 chars; a
tuple in an f-string field spans its parentheses in CPython (3.11 parses "(expr)").
"""
import ast
import re
import sys

WIDTH = 100
KINDS = {'List': 'ListDisplay', 'Set': 'SetDisplay', 'Dict': 'DictDisplay', 'Expr': 'ExprStmt',
         'AsyncFunctionDef': 'FunctionDef', 'AsyncFor': 'For', 'AsyncWith': 'With',
         'arg': 'Arg', 'keyword': 'Keyword', 'alias': 'Alias', 'comprehension': 'Comprehension',
         'withitem': 'WithItem', 'arguments': 'Arguments', 'match_case': 'MatchCase'}
# Weft's record components, in order, and the CPython field each one reads (None: async-ness).
FIELDS = {
    'FunctionDef': 'name args body decorators:decorator_list returns isAsync:',
    'ClassDef': 'name bases keywords body decorators:decorator_list',
    'Return': 'value', 'Delete': 'targets', 'Assign': 'targets value',
    'AugAssign': 'target op value', 'AnnAssign': 'target annotation value simple',
    'For': 'target iter body orelse isAsync:', 'While': 'test body orelse',
    'If': 'test body orelse', 'With': 'items body isAsync:', 'Raise': 'exc cause',
    'Try': 'body handlers orelse finalbody', 'Assert': 'test msg', 'Import': 'names',
    'ImportFrom': 'module names level', 'Global': 'names', 'Nonlocal': 'names',
    'ExprStmt': 'value', 'Pass': '', 'Break': '', 'Continue': '',
    'JoinedStr': 'values', 'FormattedValue': 'value conversion formatSpec:format_spec',
    'BinOp': 'left op right', 'UnaryOp': 'op operand', 'BoolOp': 'op values',
    'Compare': 'left ops comparators', 'Call': 'func args keywords', 'Attribute': 'value attr',
    'Subscript': 'value index:slice', 'Slice': 'lower upper step', 'Starred': 'value',
    'ListDisplay': 'elts', 'Tuple': 'elts', 'SetDisplay': 'elts', 'DictDisplay': 'keys values',
    'ListComp': 'elt generators', 'SetComp': 'elt generators', 'GeneratorExp': 'elt generators',
    'DictComp': 'key value generators', 'Lambda': 'args body', 'IfExp': 'test body orelse',
    'Yield': 'value', 'YieldFrom': 'value', 'Await': 'value', 'NamedExpr': 'target value',
    'Arguments': 'posonly:posonlyargs args defaults vararg kwonly:kwonlyargs '
                 'kwDefaults:kw_defaults kwarg',
    'Arg': 'name:arg annotation', 'Keyword': 'name:arg value',
    'Comprehension': 'target iter ifs isAsync:is_async', 'ExceptHandler': 'type name body',
    'WithItem': 'context:context_expr target:optional_vars', 'Alias': 'name asname',
    'Match': 'subject cases', 'MatchCase': 'pattern guard body', 'MatchValue': 'value',
    'MatchSingleton': 'value', 'MatchSequence': 'patterns', 'MatchMapping': 'keys patterns rest',
    'MatchClass': 'cls patterns kwdAttrs:kwd_attrs kwdPatterns:kwd_patterns',
    'MatchStar': 'name', 'MatchAs': 'pattern name', 'MatchOr': 'patterns',
}
SYMBOLS = {'Add': '+', 'Sub': '-', 'Mult': '*', 'MatMult': '@', 'Div': '/', 'FloorDiv': '//',
           'Mod': '%', 'Pow': '**', 'LShift': '<<', 'RShift': '>>', 'BitOr': '|',
           'BitXor': '^', 'BitAnd': '&', 'Not': 'not', 'USub': '-', 'UAdd': '+',
           'Invert': '~', 'And': 'and', 'Or': 'or', 'Eq': '==', 'NotEq': '!=', 'Lt': '<',
           'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is', 'IsNot': 'is not', 'In': 'in',
           'NotIn': 'not in'}


def span(n):
    return '@%d:%d-%d:%d' % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)


def constant(v):
    if v is None or v is True or v is False:
        return str(v)
    if v is Ellipsis:
        return 'Ellipsis'
    if isinstance(v, complex):
        return repr(v.imag) + 'j'
    return repr(v)


def node(x):
    """A (head, [(label, value)]) pair, or a plain string for atoms."""
    if x is None:
        return 'None'
    if isinstance(x, (str, int)) and not isinstance(x, bool):
        return str(x)
    if isinstance(x, (ast.operator, ast.unaryop, ast.boolop, ast.cmpop)):
        return SYMBOLS[type(x).__name__]
    if isinstance(x, ast.Name):
        return '(Name %s %s)' % (span(x), x.id)
    if isinstance(x, ast.Constant):
        return '(Constant %s %s)' % (span(x), constant(x.value))
    kind = KINDS.get(type(x).__name__, type(x).__name__)
    head = '(' + kind + (' ' + span(x) if hasattr(x, 'lineno') else '')
    items = []
    for field in FIELDS[kind].split():
        mine, _, theirs = field.partition(':')
        if mine == 'isAsync' and not theirs:
            value = type(x).__name__.startswith('Async')
        else:
            value = getattr(x, theirs or mine)
        if mine in ('isAsync', 'simple'):
            value = bool(value)
        if kind == 'MatchSingleton':  # Weft keeps the singleton as a Constant at the same span
            items.append((mine, '(Constant %s %s)' % (span(x), constant(value))))
            continue
        if value is None or value is False or value == [] or (
                isinstance(value, ast.arguments) and node(value) is None):
            continue
        if mine == 'conversion':
            if value != -1:
                items.append((mine, chr(value)))
            continue
        items.append((mine, 'true' if value is True else value if isinstance(value, list)
                      else node(value)))
    if kind == 'Arguments' and not items:
        return None
    return head, items


def flat(n):
    if isinstance(n, str):
        return n
    head, items = n
    return head + ''.join(' %s=%s' % (label, flat_list(v) if isinstance(v, list) else flat(v))
                          for label, v in items) + ')'


def flat_list(values):
    return '[' + ' '.join(flat(node(v)) for v in values) + ']'


def render(n, indent):
    text = flat(n)
    if isinstance(n, str) or indent + len(text) <= WIDTH:
        return text
    head, items = n
    pad = ' ' * (indent + 2)
    out = head
    for label, v in items:
        out += '\n' + pad + label + '='
        out += (render_list(v, indent + 2, len(label) + 1) if isinstance(v, list)
                else render(v, indent + 2))
    return out + ')'


def render_list(values, indent, label_width):
    text = flat_list(values)
    if indent + label_width + len(text) <= WIDTH:
        return text
    pad = ' ' * (indent + 2)
    return '[' + ''.join('\n' + pad + render(node(v), indent + 2) for v in values) + ']'


def dump(source):
    return ''.join(render(node(s), 0) + '\n' for s in ast.parse(source).body)


def check_errors(path):
    text = open(path, encoding='utf-8').read()
    cases = re.findall(r'^#### (.*)\n((?:.*\n)*?)---> (\w+): (.*) @(\d+):(\d+)$', text, re.M)
    misses = checked = 0
    for title, source, kind, message, line, col in cases:
        if '[weft]' in title:
            continue
        checked += 1
        source = source[:-1]  # the line break before "--->"
        try:
            compile(source, '<case>', 'exec', dont_inherit=True)
            actual = 'no error'
        except SyntaxError as e:
            actual = '%s: %s @%s:%s' % (type(e).__name__, e.msg, e.lineno, e.offset)
        expected = '%s: %s @%s:%s' % (kind, message, line, col)
        if actual != expected:
            misses += 1
            print('%r\n  expected %s\n  python   %s' % (source, expected, actual))
    print('%d cases checked against python %s, %d differ'
          % (checked, sys.version.split()[0], misses))
    return 1 if misses else 0


def main(args):
    if args[:1] == ['ast'] and len(args) > 1:
        for path in args[1:]:
            sys.stdout.write(dump(open(path, encoding='utf-8').read()))
        return 0
    if args[:1] == ['errors']:
        return check_errors(args[1] if len(args) > 1
                            else 'grammar/src/test/resources/errors/syntax_errors.txt')
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
