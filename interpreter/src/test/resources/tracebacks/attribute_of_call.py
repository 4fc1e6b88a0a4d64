class A: pass
A().x.y
