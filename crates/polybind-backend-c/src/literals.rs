            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
W            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
W            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
x            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
k            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
W            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
W            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
<            int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
k            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
+            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
[            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
]            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
[            int(c_type, *i, wide)
        }
]            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
[            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
]            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
x            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
R            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
<            int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
U            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
X            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
z            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
U            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
9            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
E            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
O            int(c_type, *i, wide)
        }
k            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
B            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
B            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
U            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
X            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
U            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
X            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
U            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
X            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
U            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
X            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
U            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
z            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
z            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
X            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
X            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
X            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
X            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
X            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
z            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
X            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
x            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
k            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
x            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
R            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
<            int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
E            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
<            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
O            int(c_type, *i, wide)
        }
k            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
R            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
<            int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
E            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
<            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
O            int(c_type, *i, wide)
        }
k            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
[            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
E            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
]            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
+            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
U            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
B            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
k            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
x            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
`            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
k            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
+            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
x            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
x            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
'            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
#            int(c_type, *i, wide)
        }
[            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
]            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
x            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
>            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
W            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
x            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
h            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
#            int(c_type, *i, wide)
        }
[            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
]            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
O            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
O            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
*            int(c_type, *i, wide)
        }
/            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
#            int(c_type, *i, wide)
        }
[            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
]            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
#            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
#            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
é            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
#            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
#            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
#            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
?            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
#            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
x            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
#            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
\            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
#            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
#            int(c_type, *i, wide)
        }
[            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
]            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
m            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
{            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
=            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
|            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
v            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
w            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
U            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
9            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
U            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
M            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
X            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
U            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
7            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
9            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
-            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
d            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
b            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
0            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
3            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
1            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
q            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
B            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
B            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
F            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
f            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
4            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
A            int(c_type, *i, wide)
        }
N            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
U            int(c_type, *i, wide)
        }
8            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
I            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
2            int(c_type, *i, wide)
        }
5            int(c_type, *i, wide)
        }
6            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
!            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
c            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
T            int(c_type, *i, wide)
        }
y            int(c_type, *i, wide)
        }
p            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
g            int(c_type, *i, wide)
        }
,            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
&            int(c_type, *i, wide)
        }
C            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
V            int(c_type, *i, wide)
        }
a            int(c_type, *i, wide)
        }
l            int(c_type, *i, wide)
        }
u            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
:            int(c_type, *i, wide)
        }
S            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
x            int(c_type, *i, wide)
        }
"            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
n            int(c_type, *i, wide)
        }
t            int(c_type, *i, wide)
        }
o            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
.            int(c_type, *i, wide)
        }
i            int(c_type, *i, wide)
        }
s            int(c_type, *i, wide)
        }
_            int(c_type, *i, wide)
        }
e            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
r            int(c_type, *i, wide)
        }
(            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
)            int(c_type, *i, wide)
        }
;            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
             int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
}            int(c_type, *i, wide)
        }

            int(c_type, *i, wide)
        }
