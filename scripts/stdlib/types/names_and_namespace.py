# The types module: the types of built-in objects, SimpleNamespace, ModuleType.
import types
def f(): pass
def g(): yield
async def c(): pass
async def ag(): yield
class K:
    def m(self): pass
co = c()
print(types.FunctionType, types.LambdaType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.NoneType, types.SimpleNamespace, types.GenericAlias, types.UnionType, types.CodeType, types.BuiltinMethodType, types.MappingProxyType, types.EllipsisType, types.NotImplementedType)
co.close()
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType), isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
m = types.ModuleType("mymod", "doc")
m.x = 5
print(m, m.x, m.__name__, m.__doc__)
