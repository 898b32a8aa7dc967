using Ember.Syntax.Ast;
using Ember.Syntax.Lexing;
using Attribute = Ember.Syntax.Ast.Attribute;
using Tuple = Ember.Syntax.Ast.Tuple;

namespace Ember.Syntax.Parsing;

/// <summary>
/// Parameter lists of <c>def</c> and <c>lambda</c>. Both share one implementation:
/// a lambda parameter has no annotation and is followed by ':' where a function
/// parameter is followed by ')'.
/// </summary>
public sealed partial class Parser
{
    private Arguments? Params()
    {
        // invalid_parameters | parameters
        if (_callInvalidRules)
        {
            InvalidParameters();
        }

        return Parameters(isLambda: false);
    }

    private Arguments? LambdaParams()
    {
        // invalid_lambda_parameters | lambda_parameters
        if (_callInvalidRules)
        {
            InvalidLambdaParameters();
        }

        return Parameters(isLambda: true);
    }

    private Arguments? Parameters(bool isLambda)
    {
        // slash_no_default param_no_default* param_with_default* [star_etc]
        // | slash_with_default param_with_default* [star_etc]
        // | param_no_default+ param_with_default* [star_etc]
        // | param_with_default+ [star_etc]
        // | star_etc
        int mark = _pos;
        var a = SlashNoDefault(isLambda);
        if (a != null)
        {
            var b = ParamNoDefaultStar(isLambda);
            var c = ParamWithDefaultStar(isLambda);
            var d = StarEtcRule(isLambda);
            return MakeArguments(a, null, b, c, d);
        }

        _pos = mark;
        var sw = SlashWithDefaultRule(isLambda);
        if (sw != null)
        {
            var b = ParamWithDefaultStar(isLambda);
            var c = StarEtcRule(isLambda);
            return MakeArguments(null, sw, null, b, c);
        }

        _pos = mark;
        var plain = ParamNoDefaultStar(isLambda);
        if (plain != null)
        {
            var b = ParamWithDefaultStar(isLambda);
            var c = StarEtcRule(isLambda);
            return MakeArguments(null, null, plain, b, c);
        }

        _pos = mark;
        var withDefault = ParamWithDefaultStar(isLambda);
        if (withDefault != null)
        {
            var b = StarEtcRule(isLambda);
            return MakeArguments(null, null, null, withDefault, b);
        }

        _pos = mark;
        var se = StarEtcRule(isLambda);
        if (se != null)
        {
            return MakeArguments(null, null, null, null, se);
        }

        _pos = mark;
        return null;
    }

    /// <summary>
    /// ',' after a parameter. For <c>def</c> the grammar reads <c>',' TYPE_COMMENT?</c>,
    /// which fetches the token after the comma; that matters for where errors point.
    /// </summary>
    private bool ExpectParamComma(bool isLambda)
    {
        if (!Expect(TokenKind.Comma))
        {
            return false;
        }

        if (!isLambda)
        {
            Peek();
        }

        return true;
    }

    /// <summary>The token that ends a parameter list: ')' for def, ':' for lambda.</summary>
    private bool CheckParamsEnd(bool isLambda) => Check(isLambda ? TokenKind.Colon : TokenKind.RPar);

    private List<Arg>? SlashNoDefault(bool isLambda)
    {
        // param_no_default+ '/' ',' | param_no_default+ '/' &')'
        int mark = _pos;
        var a = ParamNoDefaultStar(isLambda);
        if (a != null && Expect(TokenKind.Slash))
        {
            if (Expect(TokenKind.Comma) || CheckParamsEnd(isLambda))
            {
                return a;
            }
        }

        _pos = mark;
        return null;
    }

    private SlashWithDefault? SlashWithDefaultRule(bool isLambda)
    {
        // param_no_default* param_with_default+ '/' ',' | param_no_default* param_with_default+ '/' &')'
        int mark = _pos;
        var a = ParamNoDefaultStar(isLambda);
        var b = ParamWithDefaultStar(isLambda);
        if (b != null && Expect(TokenKind.Slash))
        {
            if (Expect(TokenKind.Comma) || CheckParamsEnd(isLambda))
            {
                return new SlashWithDefault(a ?? new List<Arg>(), b);
            }
        }

        _pos = mark;
        return null;
    }

    private StarEtc? StarEtcRule(bool isLambda)
    {
        // invalid_star_etc
        // | '*' param_no_default param_maybe_default* [kwds]
        // | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (def only)
        // | '*' ',' param_maybe_default+ [kwds]
        // | kwds
        int mark = _pos;
        if (_callInvalidRules)
        {
            if (isLambda)
            {
                InvalidLambdaStarEtc();
            }
            else
            {
                InvalidStarEtc();
            }
        }

        if (Expect(TokenKind.Star))
        {
            int afterStar = _pos;
            var a = ParamNoDefault(isLambda);
            if (a != null)
            {
                var b = ParamMaybeDefaultStar(isLambda);
                var c = Kwds(isLambda);
                return new StarEtc(a, b ?? new List<NameDefaultPair>(), c);
            }

            if (!isLambda)
            {
                _pos = afterStar;
                var s = ParamNoDefaultStarAnnotation();
                if (s != null)
                {
                    var b = ParamMaybeDefaultStar(isLambda);
                    var c = Kwds(isLambda);
                    return new StarEtc(s, b ?? new List<NameDefaultPair>(), c);
                }
            }

            _pos = afterStar;
            if (Expect(TokenKind.Comma))
            {
                var b = ParamMaybeDefaultStar(isLambda);
                if (b != null)
                {
                    var c = Kwds(isLambda);
                    return new StarEtc(null, b, c);
                }
            }
        }

        _pos = mark;
        var k = Kwds(isLambda);
        if (k != null)
        {
            return new StarEtc(null, null, k);
        }

        _pos = mark;
        return null;
    }

    private Arg? Kwds(bool isLambda)
    {
        // invalid_kwds | '**' param_no_default
        int mark = _pos;
        if (_callInvalidRules)
        {
            if (isLambda)
            {
                InvalidLambdaKwds();
            }
            else
            {
                InvalidKwds();
            }
        }

        if (Expect(TokenKind.DoubleStar))
        {
            var a = ParamNoDefault(isLambda);
            if (a != null)
            {
                return a;
            }
        }

        _pos = mark;
        return null;
    }

    private List<Arg>? ParamNoDefaultStar(bool isLambda)
    {
        List<Arg>? list = null;
        while (true)
        {
            var a = ParamNoDefault(isLambda);
            if (a == null)
            {
                return list;
            }

            list ??= new List<Arg>();
            list.Add(a);
        }
    }

    private List<NameDefaultPair>? ParamWithDefaultStar(bool isLambda)
    {
        List<NameDefaultPair>? list = null;
        while (true)
        {
            var a = ParamWithDefault(isLambda);
            if (a == null)
            {
                return list;
            }

            list ??= new List<NameDefaultPair>();
            list.Add(a);
        }
    }

    private List<NameDefaultPair>? ParamMaybeDefaultStar(bool isLambda)
    {
        List<NameDefaultPair>? list = null;
        while (true)
        {
            var a = ParamMaybeDefault(isLambda);
            if (a == null)
            {
                return list;
            }

            list ??= new List<NameDefaultPair>();
            list.Add(a);
        }
    }

    private Arg? ParamNoDefault(bool isLambda)
    {
        // param ',' | param &')'
        int mark = _pos;
        var a = Param(isLambda);
        if (a != null && (ExpectParamComma(isLambda) || CheckParamsEnd(isLambda)))
        {
            return a;
        }

        _pos = mark;
        return null;
    }

    private Arg? ParamNoDefaultStarAnnotation()
    {
        // param_star_annotation ',' | param_star_annotation &')'
        int mark = _pos;
        if (Expect(TokenKind.Name, out var n) && Expect(TokenKind.Colon))
        {
            var ann = StarExpression();
            if (ann != null)
            {
                var (l, c, el, ec) = Extra(mark);
                var arg = new Arg(n.Text, ann, null, l, c, el, ec);
                if (ExpectParamComma(isLambda: false) || Check(TokenKind.RPar))
                {
                    return arg;
                }
            }
        }

        _pos = mark;
        return null;
    }

    private NameDefaultPair? ParamWithDefault(bool isLambda)
    {
        // param default ',' | param default &')'
        int mark = _pos;
        var a = Param(isLambda);
        if (a != null)
        {
            var c = Default();
            if (c != null && (ExpectParamComma(isLambda) || CheckParamsEnd(isLambda)))
            {
                return new NameDefaultPair(a, c);
            }
        }

        _pos = mark;
        return null;
    }

    private NameDefaultPair? ParamMaybeDefault(bool isLambda)
    {
        // param default? ',' | param default? &')'
        int mark = _pos;
        var a = Param(isLambda);
        if (a != null)
        {
            var c = Default();
            if (ExpectParamComma(isLambda) || CheckParamsEnd(isLambda))
            {
                return new NameDefaultPair(a, c);
            }
        }

        _pos = mark;
        return null;
    }

    private Arg? Param(bool isLambda)
    {
        // param: NAME annotation? ; lambda_param: NAME
        int mark = _pos;
        if (!Expect(TokenKind.Name, out var n))
        {
            return null;
        }

        ExprNode? annotation = null;
        if (!isLambda)
        {
            int m = _pos;
            if (Expect(TokenKind.Colon))
            {
                annotation = Expression();
                if (annotation == null)
                {
                    _pos = m;
                }
            }
        }

        var (l, c, el, ec) = Extra(mark);
        return new Arg(n.Text, annotation, null, l, c, el, ec);
    }

    private ExprNode? Default()
    {
        // '=' expression | invalid_default
        int mark = _pos;
        if (Expect(TokenKind.Equal))
        {
            var a = Expression();
            if (a != null)
            {
                return a;
            }
        }

        _pos = mark;
        if (_callInvalidRules)
        {
            InvalidDefault();
        }

        return null;
    }
}
